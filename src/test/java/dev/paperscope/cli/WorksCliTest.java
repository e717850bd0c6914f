package dev.paperscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
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
    void ingestBlogArchive() {
        assertThat(CliRun.of("ingest", "--data", data(), REPO.resolve("demo/seeds/000_3a5399ae039ce1ad.txt").toString()).exit()).isZero();
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
}
