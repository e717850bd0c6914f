package dev.paperscope.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperscope.ingest.Formats;
import dev.paperscope.ingest.SourceDocument;
import dev.paperscope.ingest.SourceRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jbibtex.BibTeXEntry;
import org.junit.jupiter.api.Test;

class ExporterTest {
    private static final Path SCHEDULE = Path.of(System.getProperty("paperscope.repo", ".")).resolve("demo/seeds/004_d2faed4b193087f1.txt");

    @Test
    void aWorkMergesItsRecordsAndUnknownIdsAreNamed() throws Exception {
        List<SourceRecord> records = Formats.parse(SourceDocument.read(SCHEDULE), Optional.empty()).records();
        Map<String, SourceRecord> byId = records.stream().collect(Collectors.toMap(SourceRecord::id, Function.identity()));
        SourceRecord glam = records.getFirst();
        SourceRecord other = records.get(1);
        Exporter exporter = new Exporter(id -> id.equals("w-glam") ? List.of(glam, other)
                : Optional.ofNullable(byId.get(id)).map(List::of).orElse(List.of()));

        String bibtex = exporter.bibtex(List.of(glam.id(), "w-glam", glam.id()));
        Map<org.jbibtex.Key, BibTeXEntry> entries = BibtexWriterTest.parse(bibtex).getEntries();
        assertThat(entries).hasSize(2);
        assertThat(entries.values()).extracting(e -> BibtexWriterTest.field(e, BibtexWriter.PROVENANCE))
                .anySatisfy(n -> assertThat(n).contains("w-glam").contains("line 11").contains("line 19"));
        SourceRecord titleSource = glam.id().compareTo(other.id()) < 0 ? glam : other;
        assertThat(exporter.citable("w-glam")).get().extracting(Citable::authors).as("the authors of the record the title came from")
                .isEqualTo(titleSource.authors());
        assertThat(exporter.citable("nope")).isEmpty();
        assertThatThrownBy(() -> exporter.cslJson(List.of("r-x", glam.id(), "r-y"))).isInstanceOf(ExportException.class)
                .hasMessage("no work or record has the ids 'r-x', 'r-y'");
    }
}
