package dev.paperscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ask} on the seed pages: the answer, its citation (the file's very line), the JSON contract, and no answer. */
class AskCliTest {
    private static final Path SEEDS = Path.of(System.getProperty("paperscope.repo", ".")).resolve("demo/seeds");
    @TempDir
    static Path dir;

    @BeforeAll
    static void ingest() {
        assertThat(CliRun.of("ingest", "--data", data(), SEEDS.toString()).exit()).isZero();
    }

    static String data() {
        return dir.resolve("data").toString();
    }

    @Test
    void answersWithTheSentenceAndTheLineThatHoldsIt() throws IOException {
        CliRun run = CliRun.of("ask", "--data", data(), "--json", "What FID does Imagen reach on COCO?");
        assertThat(run.exit()).isZero();
        JsonNode body = new ObjectMapper().readTree(run.out());
        assertThat(body.get("question").asText()).isEqualTo("What FID does Imagen reach on COCO?");
        assertThat(body.get("answerable").asBoolean()).isTrue();
        JsonNode first = body.get("answers").get(0);
        assertThat(first.get("text").asText()).contains("FID score of 7.27");
        assertThat(first.get("title").asText()).containsIgnoringCase("text-to-image");
        JsonNode source = first.get("source");
        assertThat(source.get("page").isNull()).isTrue();
        List<String> lines = Files.readAllLines(SEEDS.resolve(source.get("file").asText()));
        String words = String.join(" ", List.of(first.get("text").asText().split("\\s+")).subList(0, 4));
        assertThat(lines.get(source.get("line").asInt() - 1)).contains(words);
        assertThat(body.get("took_ms").asLong()).isNotNegative();
    }

    @Test
    void printsTheAnswerWithItsCitation() {
        CliRun run = CliRun.of("ask", "--data", data(), "--limit", "2", "What", "FID", "does", "Imagen", "reach", "on", "COCO?");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("1. ").contains("»").contains("7.27").containsPattern("\\.txt:\\d+");
        assertThat(run.out()).doesNotContain("3. ");
    }

    @Test
    void saysSoWhenNothingAnswers() throws IOException {
        CliRun run = CliRun.of("ask", "--data", data(), "What compression ratio does JPEG XL achieve over JPEG?");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Nothing in the library answers this question.");
        JsonNode body = new ObjectMapper().readTree(CliRun.of("ask", "--data", data(), "--json", "How many satellites does Starlink use?").out());
        assertThat(body.get("answerable").asBoolean()).isFalse();
        assertThat(body.get("answers")).isEmpty();
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(CliRun.of("ask", "--data", data(), "--limit", "0", "why?").exit()).isEqualTo(2);
        assertThat(CliRun.of("ask", "--data", data(), "--limit", "51", "why?").exit()).isEqualTo(2);
        assertThat(CliRun.of("ask", "--data", data(), " ").exit()).isEqualTo(2);
    }
}
