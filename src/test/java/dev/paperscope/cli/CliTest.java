package dev.paperscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI contract: command names, output shapes and exit codes (0 ok, 1 failure, 2 usage error). */
class CliTest {
    private static final Path SEEDS = Path.of(System.getProperty("paperscope.repo", ".")).resolve("demo/seeds");
    private static final String ORALS = "002_3526288c33920918.txt";
    private static final String SCHEDULE = "004_d2faed4b193087f1.txt";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    private Path copySeed(String name) throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        return Files.copy(SEEDS.resolve(name), in.resolve(name));
    }

    @Test
    void ingestPrintsPerFileCountsAndReingestChangesNothing() throws IOException {
        Path orals = copySeed(ORALS);
        CliRun first = run("ingest", "--data", data(), orals.toString());
        assertThat(first.exit()).isZero();
        assertThat(first.out()).containsPattern("ok +155 records +oral-listing +.*" + ORALS + " \\(added\\)");
        String exported = run("export", "--data", data(), "--records").out();

        CliRun again = run("ingest", "--data", data(), orals.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("(unchanged)");
        assertThat(run("export", "--data", data(), "--records").out()).isEqualTo(exported);
    }

    @Test
    void aMalformedFileFailsAloneWithFileAndLineAndChangesNothing() throws IOException {
        Path schedule = copySeed(SCHEDULE);
        assertThat(run("ingest", "--data", data(), schedule.toString()).exit()).isZero();
        String before = run("export", "--data", data(), "--records").out();

        // Same file name, now with an impossible date on line 11: the old records must stay.
        List<String> lines = new ArrayList<>(Files.readAllLines(schedule));
        lines.set(10, "Thu 31 February 12:30 - 12:35 PDT");
        Files.write(schedule, lines);
        Path orals = copySeed(ORALS);
        CliRun broken = run("ingest", "--data", data(), schedule.toString(), orals.toString());
        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.err()).contains(SCHEDULE + ":11:");
        assertThat(broken.out()).contains("155 records");

        String after = run("export", "--data", data(), "--records").out();
        assertThat(after.lines().filter(l -> l.contains(SCHEDULE))).isEqualTo(before.lines().toList());
        assertThat(search("source:" + SCHEDULE).path("total").asInt()).isEqualTo(15);
    }

    @Test
    void aChangedFileReplacesItsRecords() throws IOException {
        Path schedule = copySeed(SCHEDULE);
        run("ingest", "--data", data(), schedule.toString());
        List<String> lines = Files.readAllLines(schedule);
        // Keep the header and the first two talks only.
        int third = lines.indexOf("Thu 21 July 12:40 - 12:45 PDT");
        Files.write(schedule, lines.subList(0, third));
        CliRun r = run("ingest", "--data", data(), schedule.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("(updated " + SCHEDULE + ": 0 added, 13 removed, 0 changed)");
        assertThat(search("kind:talk").path("total").asInt()).isEqualTo(2);
    }

    private JsonNode search(String query) throws IOException {
        CliRun r = run("search", "--data", data(), "--json", "--limit", "50", query);
        assertThat(r.exit()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    @Test
    void searchJsonHasTheContractShape() throws IOException {
        run("ingest", "--data", data(), copySeed(SCHEDULE).toString());
        JsonNode result = search("title:\"language models\"");
        assertThat(result.path("query").asText()).isEqualTo("title:\"language models\"");
        assertThat(result.path("total").asInt()).isEqualTo(2);
        JsonNode hit = result.path("hits").get(0);
        assertThat(hit.fieldNames()).toIterable().contains("id", "score", "title", "kind", "records", "snippet");
        assertThat(hit.path("kind").asText()).isEqualTo("talk");
        // One hit per work by default: a work id, with the records behind it.
        assertThat(result.path("grouping").asText()).isEqualTo("works");
        assertThat(hit.path("id").asText()).startsWith("w");
        JsonNode record = hit.path("records").get(0);
        assertThat(record.path("id").asText()).startsWith("r");
        assertThat(record.path("source").path("file").asText()).isEqualTo(SCHEDULE);
        assertThat(record.path("source").path("line").asInt()).isPositive();
        assertThat(hit.path("score").isNumber()).isTrue();
    }

    @Test
    void exportWritesEveryContractFieldIncludingNulls() throws IOException {
        run("ingest", "--data", data(), copySeed(SCHEDULE).toString());
        String first = run("export", "--data", data(), "--records").out().lines().findFirst().orElseThrow();
        JsonNode r = JSON.readTree(first);
        assertThat(r.fieldNames()).toIterable().contains("kind", "title", "authors", "abstract", "venue", "year", "room",
                "session", "moderator", "start", "end", "award", "section", "url", "source");
        assertThat(r.path("venue").isNull()).isTrue();
        assertThat(r.path("start").asText()).isEqualTo("2022-07-21T12:30-07:00");
        assertThat(r.path("source").path("file").asText()).isEqualTo(SCHEDULE);
        assertThat(r.path("source").path("line").asInt()).isEqualTo(11);
        assertThat(r.path("source").path("sha256").asText()).hasSize(64);
        assertThat(r.path("source").path("format").asText()).isEqualTo("session-schedule");
    }

    @Test
    void exportWorksJoinsOnePaperListedOnTwoPagesAndRecordsNameTheirWork() throws IOException {
        copySeed("000_3a5399ae039ce1ad.txt");
        Path list = copySeed("001_3c21371b35a751cd.txt");
        assertThat(run("ingest", "--data", data(), list.getParent().toString()).exit()).isZero();
        List<JsonNode> works = run("export", "--data", data(), "--works").out().lines().map(CliTest::parse).toList();
        JsonNode matryoshka = works.stream().filter(w -> w.path("title").asText().equals("Matryoshka Representation Learning"))
                .findFirst().orElseThrow();
        assertThat(matryoshka.path("records").findValuesAsText("file")).containsExactlyInAnyOrder(
                "000_3a5399ae039ce1ad.txt", "001_3c21371b35a751cd.txt");
        assertThat(matryoshka.path("merges").get(0).path("rule").asText()).isEqualTo("same-title");
        assertThat(matryoshka.path("merges").get(0).path("evidence").asText()).contains("matryoshka representation learning");

        List<JsonNode> records = run("export", "--data", data(), "--records").out().lines().map(CliTest::parse).toList();
        assertThat(records).hasSize(187 + 276);
        java.util.Set<String> workIds = new java.util.HashSet<>(works.stream().map(w -> w.path("id").asText()).toList());
        assertThat(records).allSatisfy(r -> assertThat(workIds).contains(r.path("work").asText()));
        assertThat(run("export", "--data", data(), "--records", "--works").exit()).isEqualTo(2);
    }

    @Test
    void authorShowsOnePersonsWorksAndCoauthorsWhateverTheSpelling() throws IOException {
        run("ingest", "--data", data(), copySeed("000_3a5399ae039ce1ad.txt").toString());
        CliRun text = run("author", "--data", data(), "DALE", "SCHUURMANS");
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).contains("Dale Schuurmans").contains("The Role of Baselines in Policy Gradient Optimization");
        JsonNode profile = JSON.readTree(run("author", "--data", data(), "--json", "dale schuurmans").out());
        JsonNode baselines = java.util.stream.StreamSupport.stream(profile.path("works").spliterator(), false)
                .filter(w -> w.path("title").asText().equals("The Role of Baselines in Policy Gradient Optimization"))
                .findFirst().orElseThrow();
        assertThat(baselines.path("recordIds").size()).as("the post lists the paper twice: one work").isEqualTo(2);
        assertThat(profile.path("coauthors").has("Bo Dai")).isTrue();
        assertThat(profile.path("venues").path("NeurIPS 2022").asInt()).isPositive();
        CliRun nobody = run("author", "--data", data(), "Nobody Atall");
        assertThat(nobody.exit()).isEqualTo(1);
        assertThat(nobody.err()).contains("no record names 'Nobody Atall'");
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void reindexRebuildsTheSameResults() throws IOException {
        run("ingest", "--data", data(), copySeed(ORALS).toString());
        JsonNode before = search("diffusion planning");
        CliRun r = run("reindex", "--data", data());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("reindexed 155 records");
        JsonNode after = search("diffusion planning");
        assertThat(after).isEqualTo(withoutTiming(before, after));
    }

    private static JsonNode withoutTiming(JsonNode expected, JsonNode actual) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) expected).set("took_ms", actual.get("took_ms"));
        return expected;
    }

    @Test
    void usageErrorsExitTwoAndFailuresExitOne() throws IOException {
        assertThat(run().exit()).isEqualTo(2);
        assertThat(run("search", "--data", data(), "--bogus", "x").exit()).isEqualTo(2);
        assertThat(run("search", "--data", data(), "--limit", "0", "x").exit()).isEqualTo(2);
        assertThat(run("search", "--data", data(), "--b", "3", "x").exit()).isEqualTo(2);
        assertThat(run("export", "--data", data()).exit()).isEqualTo(2);
        assertThat(run("ingest", "--data", data()).exit()).isEqualTo(2);
        assertThat(run("ingest", "--data", data(), "--format", "nope", "x.txt").exit()).isEqualTo(2);
        CliRun badQuery = run("search", "--data", data(), "year:soon");
        assertThat(badQuery.exit()).isEqualTo(2);
        assertThat(badQuery.err()).contains("bad query").contains("whole number");

        CliRun empty = run("search", "--data", data(), "anything");
        assertThat(empty.exit()).isZero();
        assertThat(empty.out()).contains("is empty: ingest something first").contains("No records match anything");
        CliRun missing = run("ingest", "--data", data(), dir.resolve("no-such-file.txt").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("no-such-file.txt:1: cannot read file");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("ingest", "export", "search", "related", "author", "works", "reindex", "demo", "eval", "regressions")) {
            CliRun r = run(command, "--help");
            assertThat(r.exit()).as(command).isZero();
            assertThat(r.out()).as(command).contains("Usage: paperscope " + command);
        }
    }
}
