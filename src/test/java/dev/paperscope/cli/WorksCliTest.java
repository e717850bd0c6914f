package dev.paperscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Works on the command line: search by work or by record, and hand merges and splits that persist. */
class WorksCliTest {
    private static final Path REPO = Path.of(System.getProperty("paperscope.repo", "."));
    private static final String POLY = "\"Polynomial Neural Fields for Subband Decompositions and Manipulation\"";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private String data() {
        return dir.resolve("data").toString();
    }

    @BeforeEach
    void ingestBlogArchive() throws IOException {
        // A copy, so that a test can change the file at the path it was ingested from.
        Path page = Files.copy(REPO.resolve("demo/seeds/000_3a5399ae039ce1ad.txt"), dir.resolve("000_3a5399ae039ce1ad.txt"));
        assertThat(CliRun.of("ingest", "--data", data(), page.toString()).exit()).isZero();
    }

    private JsonNode search(String... options) throws IOException {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("search", "--data", data(), "--json"));
        args.addAll(java.util.List.of(options));
        args.addAll(java.util.List.of("--", "-kind:blog_post " + POLY));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    @Test
    void searchGivesOneHitPerWorkByDefaultAndRecordsOnRequest() throws IOException {
        // The lab's list names this paper twice: one work of two records.
        JsonNode works = search();
        assertThat(works.path("grouping").asText()).isEqualTo("works");
        assertThat(works.path("hits")).hasSize(1);
        assertThat(works.path("hits").get(0).path("id").asText()).startsWith("w");
        assertThat(works.path("hits").get(0).path("records")).hasSize(2);

        JsonNode records = search("--records");
        assertThat(records.path("grouping").asText()).isEqualTo("records");
        assertThat(records.path("hits")).hasSize(2);

        CliRun text = CliRun.of("search", "--data", data(), POLY);
        assertThat(text.out()).contains("works from").contains("2 records");
    }

    private List<String> recordIds(String query) throws IOException {
        CliRun run = CliRun.of("search", "--data", data(), "--json", "--records", "--", query);
        List<String> ids = new ArrayList<>();
        JSON.readTree(run.out()).path("hits").forEach(h -> ids.add(h.path("id").asText()));
        return ids;
    }

    private int worksFound(String query) throws IOException {
        CliRun run = CliRun.of("search", "--data", data(), "--json", "--", query);
        return JSON.readTree(run.out()).path("hits").size();
    }

    private JsonNode show(String id) throws IOException {
        CliRun run = CliRun.of("works", "show", "--data", data(), "--json", id);
        assertThat(run.exit()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    @Test
    void aSplitHoldsAcrossReingestReindexAndAChangedFileUntilAMergeUndoesIt() throws IOException {
        String query = "-kind:blog_post " + POLY;
        List<String> twins = recordIds(query);
        assertThat(twins).hasSize(2);
        JsonNode work = show(twins.get(0));
        assertThat(work.path("records")).hasSize(2);
        assertThat(work.path("merges").get(0).path("rule").asText()).isEqualTo("same-title");

        CliRun split = CliRun.of("works", "split", "--data", data(), work.path("id").asText(), twins.get(1));
        assertThat(split.exit()).as(split.err()).isZero();
        assertThat(split.out().lines().filter(l -> l.startsWith("w"))).hasSize(2);
        assertThat(worksFound(query)).isEqualTo(2);

        Path page = dir.resolve("000_3a5399ae039ce1ad.txt");
        Files.writeString(page, "\n", StandardOpenOption.APPEND); // new bytes, same records
        CliRun reingest = CliRun.of("ingest", "--data", data(), page.toString());
        assertThat(reingest.out()).contains("updated 000_3a5399ae039ce1ad.txt: 0 added, 0 removed, 0 changed");
        assertThat(CliRun.of("reindex", "--data", data()).exit()).isZero();
        assertThat(worksFound(query)).as("the split outlives re-ingest and reindex").isEqualTo(2);
        assertThat(show(twins.get(0)).path("records")).hasSize(1);

        CliRun merge = CliRun.of("works", "merge", "--data", data(), twins.get(0), twins.get(1));
        assertThat(merge.exit()).as(merge.err()).isZero();
        assertThat(merge.out()).contains("user-merge");
        assertThat(worksFound(query)).isEqualTo(1);
    }

    @Test
    void aHandMergeJoinsWhatTheRulesKeepApartAndBadIdsAreUsageErrors() throws IOException {
        String other = recordIds("-kind:blog_post \"Why Neural Networks Find Simple Solutions\"").getFirst();
        String poly = recordIds("-kind:blog_post " + POLY).getFirst();
        CliRun merge = CliRun.of("works", "merge", "--data", data(), poly, other);
        assertThat(merge.exit()).as(merge.err()).isZero();
        JsonNode work = show(other);
        assertThat(work.path("records").size()).isGreaterThanOrEqualTo(3);
        assertThat(work.toString()).contains("merged by hand");
        assertThat(CliRun.of("reindex", "--data", data()).exit()).isZero();
        assertThat(show(poly).path("id").asText()).isEqualTo(work.path("id").asText());

        CliRun again = CliRun.of("works", "merge", "--data", data(), poly, other);
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("already one work");
        CliRun unknown = CliRun.of("works", "show", "--data", data(), "wnope");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("no work or record has the id wnope");
        CliRun notInWork = CliRun.of("works", "split", "--data", data(), work.path("id").asText(), "rnope");
        assertThat(notInWork.exit()).isEqualTo(2);
        assertThat(notInWork.err()).contains("rnope is not in work");
    }
}
