package dev.paperscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.catalog.Catalog;
import dev.paperscope.testing.Records;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder with damaged and unreadable files (issue 13, items 4, 5 and 7): binary kinds are skipped with a
 * reason, a damaged file of a known format fails alone with file:line, the rest is ingested, and the data
 * folder stays usable; a catalog that already holds an over-long value indexes and searches (reindex heals).
 */
class DamagedFolderIngestTest {
    private static final String GOOD = "{\"title\": \"Sparse Attention Heads\", \"authors\": [\"Ada Lovelace\"], \"venue\": \"ICML\", \"year\": 2023}\n";

    @TempDir
    Path dir;

    private Path folder() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a-good.jsonl"), GOOD + GOOD.replace("Sparse", "Dense"));
        Files.writeString(in.resolve("b-broken.jsonl"), GOOD + "{\"title\": \"Broken\", \"year\": 20\n" + GOOD.replace("Sparse", "Wide"));
        Files.write(in.resolve("c-figure.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        Files.write(in.resolve("d-paper.pdf"), "%PDF-1.5\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve("e-long.jsonl"), "{\"title\": \"Long Venue Paper\", \"venue\": \"" + "V".repeat(33_000) + "\"}\n");
        Files.writeString(in.resolve("f-notes.txt"), "Dear diary,\nit rained all day.\n");
        return in;
    }

    @Test
    void binaryKindsAreSkippedDamagedFilesAndPdfsFailAloneAndTheRestIsIngested() throws IOException {
        Path in = folder();
        try (Paperscope ps = Paperscope.open(dir.resolve("data"))) {
            IngestReport report = ps.ingest(List.of(in), Optional.empty(), IngestListener.NONE);
            Map<String, FileResult> byName = report.files().stream()
                    .collect(Collectors.toMap(r -> Path.of(r.path()).getFileName().toString(), Function.identity()));
            assertThat(byName.get("a-good.jsonl").outcome().records()).isEqualTo(2);
            assertThat(byName.get("b-broken.jsonl").error()).startsWith("b-broken.jsonl:2: broken JSON at column");
            assertThat(byName.get("c-figure.png").skipped()).isEqualTo("a PNG image, not a format Paperscope reads");
            assertThat(byName.get("d-paper.pdf").error()).startsWith("d-paper.pdf: not a readable PDF: ");
            assertThat(byName.get("e-long.jsonl").outcome().records()).isEqualTo(1);
            assertThat(byName.get("e-long.jsonl").warnings()).singleElement().asString()
                    .startsWith("e-long.jsonl:1: venue is 33000 characters, more than the limit of");
            assertThat(byName.get("f-notes.txt").skipped()).startsWith("not a format Paperscope reads");
            assertThat(report.anyFailed()).isTrue();
            assertThat(report.files().stream().filter(FileResult::failed)).hasSize(2);
            assertThat(ps.search("sparse", 10, dev.paperscope.search.Bm25Params.DEFAULT).total()).isEqualTo(1);
            assertThat(ps.searches().facets("venue", 10)).isNotNull();
        }
        try (Paperscope again = Paperscope.open(dir.resolve("data"))) {
            assertThat(again.search("\"long venue paper\"", 10, dev.paperscope.search.Bm25Params.DEFAULT).total()).isEqualTo(1);
        }
    }

    @Test
    void aNamedPdfFailsAloneWithAClearMessage() throws IOException {
        Path in = folder();
        try (Paperscope ps = Paperscope.open(dir.resolve("data"))) {
            IngestReport report = ps.ingest(List.of(in.resolve("d-paper.pdf"), in.resolve("a-good.jsonl")), Optional.empty(), IngestListener.NONE);
            assertThat(report.files().getFirst().error()).startsWith("d-paper.pdf: not a readable PDF: ");
            assertThat(report.files().get(1).outcome().records()).isEqualTo(2);
        }
    }

    @Test
    void aCatalogHoldingValuesTooLongForTheIndexStillIndexesAndSearches() {
        Path data = dir.resolve("data");
        try (Catalog catalog = Catalog.open(Files.createDirectories(data).resolve("catalog.db"))) {
            String huge = "W".repeat(40_000);
            catalog.store(Records.file(Records.paper("old.txt", 1, "Heals On Reindex").venue(huge).room(huge).session(huge)
                    .award(huge).authors(List.of("Ada " + "L".repeat(40_000))).build()), "old.txt", "1".repeat(64), null);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try (Paperscope ps = Paperscope.open(data)) {
            assertThat(ps.search("heals reindex", 10, dev.paperscope.search.Bm25Params.DEFAULT).total()).isEqualTo(1);
            assertThat(ps.changes().reindex(n -> { })).isEqualTo(1);
            assertThat(ps.searches().facets("heals", 10)).isNotNull();
        }
    }
}
