package dev.paperscope.ingest;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Record ids are derived from content, not from line numbers, so that an edit elsewhere in a page does
 * not renumber its records (user data such as agendas refers to them).
 */
final class RecordIds {
    private RecordIds() {
    }

    static String contentId(Source source, RecordKind kind, String title, List<String> authors, String abstractText,
                            OffsetDateTime start) {
        String key = String.join("\u0000", source.file(), kind.name(), String.valueOf(title),
                String.join("|", authors), abstractText == null ? "" : abstractText, String.valueOf(start));
        return "r" + Sha256.hex(key).substring(0, 15);
    }

    /** The same entry listed twice on one page keeps both records, told apart by an occurrence suffix. */
    static List<SourceRecord> disambiguate(List<SourceRecord> records) {
        Map<String, Integer> seen = new HashMap<>();
        List<SourceRecord> out = new ArrayList<>(records.size());
        for (SourceRecord r : records) {
            int n = seen.merge(r.id(), 1, Integer::sum);
            out.add(n == 1 ? r : r.withId(r.id() + "-" + n));
        }
        return out;
    }

}
