package dev.paperscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.app.AppInternals;
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
 * Kills an ingesting process with SIGKILL at several seeded moments and checks, after each kill, that the
 * catalog is sound, holds each file completely or not at all, and that the index agrees with it; the
 * finished ingest then holds exactly what a clean run holds. Also runs two ingests at once on one folder.
 */
class KillDuringIngestTest {
    private static final int ENTRIES_PER_FILE = 8_000;
    private static final long SEED = 20_261_206L;
    private static final int KILLS = 6;

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
        for (long delay : killMoments()) {
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

        Path clean = dir.resolve("clean");
        try (Paperscope ps = Paperscope.open(clean)) {
            ps.ingest(files, java.util.Optional.empty(), dev.paperscope.app.IngestListener.NONE);
        }
        assertThat(contents(data)).as("the data folder after kills and a finished ingest, against a clean run").isEqualTo(contents(clean));
    }

    @Test
    void twoIngestsAtOnceOnOneFolderBothSucceed() throws Exception {
        Path a = writeOralsPage(dir.resolve("orals-a.txt"), ENTRIES_PER_FILE, "orals-a.txt");
        Path b = writeOralsPage(dir.resolve("orals-b.txt"), ENTRIES_PER_FILE, "orals-b.txt");
        Path data = dir.resolve("data");
        Process first = ingest(data, List.of(a), "first");
        Process second = ingest(data, List.of(b), "second");
        int firstExit = first.waitFor();
        int secondExit = second.waitFor();
        assertThat(List.of(firstExit, secondExit)).as("exit codes; stderr: %s | %s", stderr("first"), stderr("second")).containsOnly(0);
        // Each waited for the other's index writer instead of leaving the index behind for the next open.
        try (dev.paperscope.catalog.Catalog catalog = dev.paperscope.catalog.Catalog.open(data.resolve("catalog.db"));
             dev.paperscope.index.SearchIndex index = dev.paperscope.index.SearchIndex.open(data.resolve("index"))) {
            assertThat(index.generation()).as("index generation after both ingests").isEqualTo(catalog.generation());
        }
        assertConsistent(data, Map.of("orals-a.txt", ENTRIES_PER_FILE, "orals-b.txt", ENTRIES_PER_FILE));
    }

    /** KILLS moments between 0.3 s and 4.5 s after start, drawn with SEED: parsing, storing, resolving and indexing. */
    private static long[] killMoments() {
        java.util.Random random = new java.util.Random(SEED);
        return random.longs(KILLS, 300, 4_500).sorted().toArray();
    }

    /**
     * What a clean run must equal: every record with its work and recovered fields, the works, the index
     * size. Works are named by their records, not by their ids: work ids persist across resolutions (a
     * work keeps the id of the earlier work it shares most records with), so a folder resolved after
     * partial ingests may hold the same works under other ids than a clean run.
     */
    private static String contents(Path data) {
        try (Paperscope ps = Paperscope.open(data)) {
            java.util.Map<String, String> named = new java.util.HashMap<>();
            java.util.TreeMap<String, String> works = new java.util.TreeMap<>();
            ps.works().all().forEach(w -> {
                String name = "work" + w.recordIds().stream().sorted().toList();
                named.put(w.id(), name);
                works.put(name, w.json().replace("\"id\":\"" + w.id() + "\"", "\"id\":\"" + name + "\""));
            });
            StringBuilder out = new StringBuilder();
            ps.exportResolved(r -> out.append(dev.paperscope.ingest.RecordJson.toJson(r.record())).append(' ').append(named.get(r.workId()))
                    .append(' ').append(r.recovery()).append('\n'));
            works.forEach((name, json) -> out.append(json).append('\n'));
            int documents = ps.index().withSearcher(s -> s.getIndexReader().numDocs());
            out.append("documents ").append(documents);
            return out.toString();
        }
    }

    private String stderr(String name) throws IOException {
        Path file = dir.resolve(name + "-stderr.txt");
        return Files.exists(file) ? Files.readString(file) : "";
    }

    private static void assertConsistent(Path data, Map<String, Integer> expected) {
        try (Paperscope ps = Paperscope.open(data)) {
            assertThat(AppInternals.catalog(ps).integrityCheck()).isEqualTo("ok");
            long total = 0;
            for (StoredFile f : ps.files()) {
                int records = AppInternals.catalog(ps).recordsOf(f.name()).size();
                assertThat(records).as("records of " + f.name()).isEqualTo(expected.get(f.name())).isEqualTo(f.recordCount());
                total += records;
            }
            assertThat(ps.recordCount()).isEqualTo(total);
            assertThat(ps.index().generation()).isEqualTo(AppInternals.catalog(ps).generation());
            int indexed = ps.index().withSearcher(s -> s.getIndexReader().numDocs());
            assertThat((long) indexed).as("index documents").isEqualTo(total);
        }
    }

    private Process ingest(Path data, List<Path> files) throws IOException {
        return ingest(data, files, "child");
    }

    private Process ingest(Path data, List<Path> files, String name) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "ingest", "--data", data.toString()));
        files.forEach(f -> command.add(f.toString()));
        ProcessBuilder child = new ProcessBuilder(command).redirectError(dir.resolve(name + "-stderr.txt").toFile());
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
