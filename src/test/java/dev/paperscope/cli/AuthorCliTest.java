package dev.paperscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code author} with a partial name: the candidate people with their work counts, or the one person it can only mean. */
class AuthorCliTest {
    private static final Path SEEDS = Path.of(System.getProperty("paperscope.repo", ".")).resolve("demo/seeds");
    @TempDir
    static Path dir;

    private static String data() {
        return dir.resolve("data").toString();
    }

    @BeforeAll
    static void ingest() {
        CliRun run = CliRun.of("ingest", "--data", data(), SEEDS.toString());
        assertThat(run.exit()).as(run.err()).isZero();
    }

    @Test
    void aSurnameSharedBySeveralPeopleListsThemWithTheirWorkCounts() throws Exception {
        CliRun run = CliRun.of("author", "--data", data(), "bengio");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("people fit 'bengio'").containsPattern("(?m)^  Yoshua Bengio +\\(\\d+ works?, \\d+ records?\\)$")
                .containsPattern("(?m)^  Samy Bengio +\\(1 work, \\d+ records?\\)$").contains("paperscope author \"Yoshua Bengio\"");
        JsonNode json = new ObjectMapper().readTree(CliRun.of("author", "--data", data(), "--json", "BENGIO").out());
        assertThat(json.path("candidates").findValuesAsText("name")).contains("Yoshua Bengio", "Samy Bengio");
        assertThat(json.path("candidates").get(0).path("works").asInt()).isGreaterThanOrEqualTo(json.path("candidates").get(1).path("works").asInt());
    }

    @Test
    void aPartialNameThatFitsOnePersonOpensTheirProfile() {
        for (String partial : new String[] {"schuurmans", "Yosh Bengio", "bengio yoshua", "y. bengio"}) {
            CliRun run = CliRun.of("author", "--data", data(), partial);
            assertThat(run.exit()).as(partial + ": " + run.err()).isZero();
            assertThat(run.out()).as(partial).contains("spellings:").contains("works (").doesNotContain("people fit");
        }
    }

    @Test
    void aNameThatFitsNobodyFails() {
        CliRun run = CliRun.of("author", "--data", data(), "zzyzx");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("no record names 'zzyzx'");
    }
}
