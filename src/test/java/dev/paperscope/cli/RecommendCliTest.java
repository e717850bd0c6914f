package dev.paperscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperscope.app.RecommendationsTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code recommend}: its bases, JSON contract, empty cases and usage errors; {@code --evaluate} on a tiny keyword file. */
class RecommendCliTest {
    @TempDir
    Path dir;

    private String data() {
        return dir.resolve("data").toString();
    }

    private Path papers() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (String[] p : RecommendationsTest.PAPERS) {
            String keyword = p[0].startsWith("v") ? "vision" : "language";
            lines.append("{\"id\": \"").append(p[0]).append("\", \"title\": \"").append(p[1]).append("\", \"abstract\": \"").append(p[2])
                    .append("\", \"keywords\": [\"").append(keyword).append("\"]}\n");
        }
        return Files.writeString(dir.resolve("papers.jsonl"), lines);
    }

    private String workOf(String title) throws IOException {
        JsonNode hits = new ObjectMapper().readTree(CliRun.of("search", "--data", data(), "--json", "title:\"" + title + "\"").out()).get("hits");
        return hits.get(0).get("id").asText();
    }

    @Test
    void recommendsFromAListAsJsonLeavingTheListOut() throws IOException {
        assertThat(CliRun.of("ingest", "--data", data(), papers().toString()).exit()).isZero();
        String v0 = workOf("Image segmentation with convolutional networks");
        String v1 = workOf("Object detection in images");
        assertThat(CliRun.of("lists", "create", "--data", data(), "Vision").exit()).isZero();
        assertThat(CliRun.of("lists", "add", "--data", data(), "Vision", v0).exit()).isZero();
        assertThat(CliRun.of("lists", "add", "--data", data(), "Vision", v1).exit()).isZero();

        CliRun json = CliRun.of("recommend", "--data", data(), "--list", "Vision", "--limit", "3", "--json");
        assertThat(json.exit()).as(json.err()).isZero();
        JsonNode body = new ObjectMapper().readTree(json.out());
        assertThat(body.get("hits")).hasSize(3);
        assertThat(body.get("hits").valueStream().map(h -> h.get("id").asText()).toList()).doesNotContain(v0, v1);
        assertThat(body.get("hits").get(0).get("explanation").asText()).startsWith("close to “").endsWith("in your list Vision");
        assertThat(body.get("kept")).hasSize(2);

        CliRun text = CliRun.of("recommend", "--data", data(), "--work", v0, "--limit", "2");
        assertThat(text.exit()).isZero();
        assertThat(text.out()).contains("2 recommended from the works given", "close to “Image segmentation with convolutional networks”");
    }

    @Test
    void emptyBasesAndUsageErrors() throws IOException {
        assertThat(CliRun.of("ingest", "--data", data(), papers().toString()).exit()).isZero();
        CliRun nothing = CliRun.of("recommend", "--data", data());
        assertThat(nothing.exit()).isZero();
        assertThat(nothing.out()).contains("nothing is kept in your lists and stars yet", "Nothing to recommend");
        assertThat(CliRun.of("recommend", "--data", data(), "--list", "A", "--starred").exit()).isEqualTo(2);
        assertThat(CliRun.of("recommend", "--data", data(), "--method", "magic").exit()).isEqualTo(2);
        assertThat(CliRun.of("recommend", "--data", data(), "--limit", "0").exit()).isEqualTo(2);
        CliRun noList = CliRun.of("recommend", "--data", data(), "--list", "Nope");
        assertThat(noList.exit()).isNotZero();
        assertThat(noList.err()).contains("Nope");
    }

    @Test
    void evaluatesWithoutModelsOnATinyKeywordFile() throws IOException {
        Path file = papers();
        List<dev.paperscope.eval.KeywordPaper> read = dev.paperscope.eval.KeywordLists.read(file);
        assertThat(read).hasSize(12);
        try (var library = dev.paperscope.app.ProductRecommender.build(read.stream().map(dev.paperscope.eval.KeywordPaper::doc).toList(),
                dev.paperscope.search.dense.EmbeddingProgress.NONE, dir.resolve("cache"), java.util.Optional.empty())) {
            List<String> top = library.recommend("centroid", List.of("v0", "v1", "v2"), 3);
            assertThat(top).hasSize(3).allMatch(id -> id.startsWith("v")).doesNotContain("v0", "v1", "v2");
            assertThat(library.related("t0", 3)).hasSize(3).doesNotContain("t0");
        }
    }
}
