package dev.paperscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.ingest.Formats;
import dev.paperscope.ingest.SourceDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long-running facade (as {@code serve} holds it) and a second one on the same data folder (as a CLI
 * {@code ingest} opens it): what the second stores, the first finds within a bounded wait, without a
 * restart: searches, works and author pages.
 */
class CatalogWatchTest {
    private static final Duration BOUND = Duration.ofSeconds(20);
    @TempDir
    Path dir;

    @Test
    void anIngestByAnotherInstanceIsSearchableInTheWatchingOne() throws Exception {
        Path data = dir.resolve("data");
        Path first = jsonl("first.jsonl", "Graph networks for weather", "Ada Lovelace");
        Path second = jsonl("second.jsonl", "Quokka transformers for sparse retrieval", "Zelda Quokkasson");
        try (Paperscope serving = Paperscope.open(data)) {
            serving.ingest(List.of(first), Optional.empty(), IngestListener.NONE);
            assertThat(serving.search("weather", 5, SearchOptions.DEFAULT).total()).isEqualTo(1);
            assertThat(serving.authors().profile("Ada Lovelace")).isPresent(); // builds the in-memory view the change must replace
            serving.watchCatalog(Duration.ofMillis(100), Duration.ofSeconds(30));

            try (Paperscope cli = Paperscope.open(data)) {
                cli.ingest(List.of(second), Optional.empty(), IngestListener.NONE);
            }
            within(() -> serving.search("quokka", 5, SearchOptions.DEFAULT).total() == 1);
            assertThat(serving.searches().works("quokka", 5, SearchOptions.DEFAULT).hits()).hasSize(1);
            assertThat(serving.authors().profile("Zelda Quokkasson")).hasValueSatisfying(p -> assertThat(p.works()).hasSize(1));
            String recordId = serving.search("quokka", 5, SearchOptions.DEFAULT).hits().getFirst().id();
            assertThat(serving.works().find(recordId)).isPresent();
        }
    }

    @Test
    void anIndexLeftBehindByAKilledIngestIsCaughtUpByTheWatcher() throws Exception {
        Path data = dir.resolve("data");
        Path first = jsonl("first.jsonl", "Graph networks for weather", "Ada Lovelace");
        try (Paperscope serving = Paperscope.open(data)) {
            serving.ingest(List.of(first), Optional.empty(), IngestListener.NONE);
            serving.search("weather", 5, SearchOptions.DEFAULT);
            serving.watchCatalog(Duration.ofMillis(100), Duration.ofMillis(500));
            try (Paperscope killed = Paperscope.open(data)) {
                // What a process killed after its catalog commit leaves: records stored, index and works not yet.
                SourceDocument doc = SourceDocument.read(jsonl("orphan.jsonl", "Wombat diffusion models", "Wim Wombat"));
                killed.catalog().store(Formats.parse(doc, Optional.empty()), doc.fileName(), doc.sha256(), null);
            }
            within(() -> serving.search("wombat", 5, SearchOptions.DEFAULT).total() == 1);
            within(() -> serving.authors().profile("Wim Wombat").isPresent());
            assertThat(serving.index().generation()).isEqualTo(serving.catalog().generation());
        }
    }

    private Path jsonl(String name, String title, String author) throws Exception {
        return Files.writeString(dir.resolve(name), "{\"title\": \"" + title + "\", \"authors\": [\"" + author
                + "\", \"Grace Hopper\"], \"year\": 2024, \"venue\": \"TestConf\"}\n");
    }

    private static void within(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("still not seen after %s", BOUND).isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
