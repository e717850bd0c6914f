package dev.paperscope.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.testing.Records;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two connections (as two processes have) writing one catalog: a write waits its turn, says so, and
 * fails only past its bound, with a message; nothing answers SQLITE_BUSY.
 */
class WriteTurnTest {
    @TempDir
    Path dir;

    private final List<String> notices = new CopyOnWriteArrayList<>();
    private final WriteTurn patient = new WriteTurn(Duration.ofSeconds(20), Duration.ofMillis(100), notices::add);

    @Test
    void openingWhileAnotherConnectionWritesWaitsItsTurnAndSaysSo() throws Exception {
        Path db = dir.resolve("catalog.db");
        Catalog.open(db).close();
        CountDownLatch locked = new CountDownLatch(1);
        try (ExecutorService other = Executors.newSingleThreadExecutor()) {
            Future<?> writer = other.submit(() -> holdWriteLock(db, locked, 1_000));
            locked.await();
            // Before IMMEDIATE writes, the open's read-then-write of `meta` failed at once with SQLITE_BUSY.
            try (Catalog c = Catalog.open(db, patient)) {
                assertThat(c.integrityCheck()).isEqualTo("ok");
            }
            writer.get();
        }
        assertThat(notices).first().asString().contains("waiting for another Paperscope process");
    }

    @Test
    void aWriteThatWaitsTooLongFailsWithAMessageAndTheCatalogStaysUsable() throws Exception {
        Path db = dir.resolve("catalog.db");
        WriteTurn brief = new WriteTurn(Duration.ofMillis(300), Duration.ofMillis(100), notices::add);
        try (Catalog c = Catalog.open(db, brief)) {
            CountDownLatch locked = new CountDownLatch(1);
            try (ExecutorService other = Executors.newSingleThreadExecutor()) {
                Future<?> writer = other.submit(() -> holdWriteLock(db, locked, 1_500));
                locked.await();
                assertThatThrownBy(() -> c.store(Records.file(paper("late.txt", "Late")), "late.txt", "sha", null))
                        .isInstanceOf(CatalogException.class).hasMessageContaining("store late.txt")
                        .hasMessageContaining("another process has been writing to the catalog");
                writer.get();
            }
            assertThat(c.files()).isEmpty();
            assertThat(c.store(Records.file(paper("late.txt", "Late")), "late.txt", "sha", null).status()).isEqualTo(IngestOutcome.Status.ADDED);
            assertThat(c.recordCount()).isEqualTo(1);
        }
    }

    @Test
    void twoCatalogsStoringAndResolvingAtOnceBothSucceed() throws Exception {
        Path db = dir.resolve("catalog.db");
        try (Catalog first = Catalog.open(db, patient); Catalog second = Catalog.open(db, patient);
             ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<?>> runs = List.of(pool.submit(() -> storeMany(first, "a")), pool.submit(() -> storeMany(second, "b")));
            for (Future<?> run : runs) {
                run.get();
            }
            assertThat(first.files()).hasSize(40);
            assertThat(second.recordCount()).isEqualTo(40);
            assertThat(first.integrityCheck()).isEqualTo("ok");
        }
    }

    /** Stores 20 files, each followed by a resolution that reads the works before replacing them (read, then write). */
    private static void storeMany(Catalog c, String prefix) {
        for (int i = 0; i < 20; i++) {
            String name = prefix + i + ".txt";
            c.store(Records.file(paper(name, "Paper " + name)), name, "sha-" + name, null);
            c.derived().storeResolution("test", List.of(), Map.of(), Map.of(), Map.of());
            c.embeddings().put("model", Map.of("hash-" + name, new float[] {1f, 2f}));
        }
    }

    private static SourceRecord paper(String file, String title) {
        return Records.paper(file, 1, title).build();
    }

    private static Void holdWriteLock(Path db, CountDownLatch locked, long millis) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath()); Statement s = c.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            s.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('held', 'yes')");
            locked.countDown();
            Thread.sleep(millis);
            s.execute("COMMIT");
        }
        return null;
    }
}
