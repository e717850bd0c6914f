package dev.paperscope.testing;

import dev.paperscope.ingest.Formats.ParsedFile;
import dev.paperscope.ingest.RecordKind;
import dev.paperscope.ingest.Source;
import dev.paperscope.ingest.SourceRecord;
import java.util.List;

/** Small hand-made records for tests of the stages after ingest. */
public final class Records {
    private Records() {
    }

    public static SourceRecord.Builder paper(String file, int line, String title) {
        return SourceRecord.builder(RecordKind.PAPER, new Source(file, line, "0".repeat(64), "test")).title(title);
    }

    public static ParsedFile file(SourceRecord... records) {
        return new ParsedFile("test", List.of(records));
    }
}
