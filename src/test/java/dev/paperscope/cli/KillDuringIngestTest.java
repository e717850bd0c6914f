package dev.paperscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.app.Paperscope;
import dev.paperscope.catalog.StoredFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an ingesting process with SIGKILL at several moments and checks, after each kill, that the
 * catalog is sound, holds each file completely or not at all, and that the index agrees with it.
 */
class KillDuringIngestTest {
    private static final int ENTRIES_PER_FILE = 8_000;
    private static final long[] KILL_AFTER_MILLIS = {600, 1100, 1700, 2400, 3200, 4200};

    @TempDir
    Path dir;

    @Test
    void killedIngestLeavesCatalogAndIndexConsistent() throws Exception {
        List<Path> files = new ArrayList<>();
        Map<String, Integer> expected = new TreeMap<>();
        for (String name : List.of("orals-a.txt", "orals-b.txt", "orals-c.txt")) {
            files.add(writeOralsPage(dir.resolve(name), ENTRIES_PER_FILE, name));
            expected.put(name, ENTRIES_PER_FILE);
        }
        Path data = dir.resolve("data");
        int killedMidway = 0;
        for (long delay : KILL_AFTER_MILLIS) {
            Process p = ingest(data, files);
            if (!p.waitFor(delay, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no finally blocks
                killedMidway++;
            }
            p.waitFor();
            assertConsistent(data, expected);
        }
        assertThat(killedMidway).as("kills that landed while ingest was running").isGreaterThanOrEqualTo(3);

        Process finish = ingest(data, files);
        assertThat(finish.waitFor()).isZero();
        assertConsistent(data, expected);
        try (Paperscope ps = Paperscope.open(data)) {
            assertThat(ps.recordCount()).isEqualTo(3L * ENTRIES_PER_FILE);
        }
        Process again = ingest(data, files);
        assertThat(again.waitFor()).isZero();
        assertThat(new String(again.getInputStream().readAllBytes())).contains("(unchanged)").doesNotContain("(added)");
    }

    private static void assertConsistent(Path data, Map<String, Integer> expected) {
        try (Paperscope ps = Paperscope.open(data)) {
            assertThat(ps.catalog().integrityCheck()).isEqualTo("ok");
            long total = 0;
            for (StoredFile f : ps.catalog().files()) {
                int records = ps.catalog().recordsOf(f.name()).size();
                assertThat(records).as("records of " + f.name()).isEqualTo(expected.get(f.name())).isEqualTo(f.recordCount());
                total += records;
            }
            assertThat(ps.recordCount()).isEqualTo(total);
            assertThat(ps.index().generation()).isEqualTo(ps.catalog().generation());
            int indexed = ps.index().withSearcher(s -> s.getIndexReader().numDocs());
            assertThat((long) indexed).as("index documents").isEqualTo(total);
        }
    }

    private Process ingest(Path data, List<Path> files) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "ingest", "--data", data.toString()));
        files.forEach(f -> command.add(f.toString()));
        ProcessBuilder child = new ProcessBuilder(command).redirectError(dir.resolve("child-stderr.txt").toFile());
        child.environment().put("PAPERSCOPE_MODEL", "none"); // the kill lands in parsing and storing, not in a model run
        return child.start();
    }

    /** A synthetic oral listing: author line, room, abstract, with text that differs per entry. */
    private static Path writeOralsPage(Path file, int entries, String seed) throws IOException {
        StringBuilder page = new StringBuilder();
        for (int i = 0; i < entries; i++) {
            page.append("Ada ").append(surname(i)).append(" · Alan Turing · Grace Hopper\n\n[ Hall ").append((char) ('A' + i % 5))
                    .append(" ]\n\nWe study problem number ").append(i).append(" of ").append(seed)
                    .append(" and show that careful engineering of learning systems yields robust results across many ")
                    .append("benchmarks, with analysis of scaling, data quality and evaluation protocols in detail.\n\n");
        }
        return Files.writeString(file, page);
    }

    /** A distinct, name-like surname per entry: 0 → "Kaa", 1 → "Kab", ... */
    private static String surname(int i) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < 3; k++) {
            s.insert(0, (char) ('a' + i % 26));
            i /= 26;
        }
        return "K" + s;
    }
}
