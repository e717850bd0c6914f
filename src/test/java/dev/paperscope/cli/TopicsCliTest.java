package dev.paperscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperscope.app.Demo;
import dev.paperscope.app.Paperscope;
import dev.paperscope.app.TopicFixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code paperscope topics}: text and the JSON contract, over the demo pages and their bundled vectors. */
class TopicsCliTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void demo() throws Exception {
        try (Paperscope ps = Paperscope.open(dir.resolve("data"), Optional.of(TopicFixtures.bundledOnly()))) {
            Demo.ingestBundledPages(ps);
        }
    }

    private static CliRun run(String... args) {
        return CliRun.of(Optional.of(TopicFixtures.bundledOnly()), args);
    }

    @Test
    void jsonHasExactlyTopicsAndPointsWithTheirFields() throws Exception {
        CliRun r = run("topics", "--data", dir.resolve("data").toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.fieldNames()).toIterable().containsExactly("topics", "points");
        assertThat(root.get("topics")).isNotEmpty();
        for (JsonNode t : root.get("topics")) {
            assertThat(t.fieldNames()).toIterable().containsExactly("id", "label", "terms", "size", "works");
            assertThat(t.get("id").isInt()).isTrue();
            assertThat(t.get("label").isTextual()).isTrue();
            assertThat(t.get("terms").isArray()).isTrue();
            assertThat(t.get("size").asInt()).isPositive();
            assertThat(t.get("works").get(0).asText()).startsWith("w");
        }
        int total = 0;
        for (JsonNode t : root.get("topics")) {
            total += t.get("size").asInt();
        }
        assertThat(root.get("points")).hasSize(total);
        for (JsonNode p : root.get("points")) {
            assertThat(p.fieldNames()).toIterable().containsExactly("work", "x", "y", "topic");
            assertThat(p.get("x").isNumber() && p.get("y").isNumber() && p.get("topic").isInt()).isTrue();
        }
        assertThat(run("topics", "--data", dir.resolve("data").toString(), "--json").out()).as("deterministic").isEqualTo(r.out());
    }

    @Test
    void textListsTopicsWithSizesLabelsAndTopWorks() {
        CliRun r = run("topics", "--data", dir.resolve("data").toString(), "diffusion");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("\\d+ topic\\(s\\) over \\d+ work\\(s\\)").containsPattern("\\[0\\] .+ \\(\\d+ works?\\)")
                .contains("terms: ").containsPattern("\\n    w\\S+  \\S");
    }

    @Test
    void aQueryWithNoMatchesSaysSo() {
        CliRun r = run("topics", "--data", dir.resolve("data").toString(), "qzxvblorptang");
        assertThat(r.exit()).isZero();
        assertThat(r.out().strip()).isEqualTo("no work matches \"qzxvblorptang\"");
        CliRun json = run("topics", "--data", dir.resolve("data").toString(), "--json", "qzxvblorptang");
        assertThat(json.out().strip()).isEqualTo("{\"topics\":[],\"points\":[]}");
        assertThat(json.err()).contains("no work matches");
    }

    @Test
    void hasHelp() {
        CliRun r = run("topics", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage: paperscope topics").contains("--json");
        assertThat(List.of(r.out())).isNotEmpty();
    }
}
