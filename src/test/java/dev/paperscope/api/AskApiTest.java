package dev.paperscope.api;

import static dev.paperscope.api.ApiTest.assertError;
import static dev.paperscope.api.ApiTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paperscope.web.ServerFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/v1/ask} and the {@code /ask} page on the demo data: the contract, the bounds, escaping. */
class AskApiTest {
    @TempDir
    static Path tmp;
    static ServerFixture fixture;

    @BeforeAll
    static void start() {
        fixture = ServerFixture.demo(tmp);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void answersInTheContractShape() {
        JsonNode body = json(fixture.get("/api/v1/ask?limit=2&q=What%20FID%20does%20Imagen%20reach%20on%20COCO%3F"));
        assertThat(body.get("answerable").asBoolean()).isTrue();
        assertThat(body.get("answers")).hasSizeBetween(1, 2);
        JsonNode first = body.get("answers").get(0);
        assertThat(first.get("text").asText()).contains("7.27");
        assertThat(first.get("source").get("file").asText()).endsWith(".txt");
        assertThat(first.get("work").asText()).startsWith("w");
        assertThat(body.has("took_ms")).isTrue();
    }

    @Test
    void boundsAre400s() {
        assertError(fixture.get("/api/v1/ask"), 400, "parameter q is required");
        assertError(fixture.get("/api/v1/ask?q=why&limit=0"), 400, "limit");
        assertError(fixture.get("/api/v1/ask?q=why&limit=51"), 400, "limit");
        assertError(fixture.get("/api/v1/ask?q=" + "a".repeat(1001)), 400, "limit is 1000");
    }

    @Test
    void thePageHighlightsCitesAndEscapes() {
        String page = fixture.get("/ask?q=What%20FID%20does%20Imagen%20reach%20on%20COCO%3F").body();
        assertThat(page).contains("<mark>").contains("href=\"/works/").containsPattern("\\.txt:\\d+");
        String hostile = fixture.get("/ask?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E").body();
        assertThat(hostile).doesNotContain("<script>alert(1)").contains("&lt;script&gt;");
        String none = fixture.get("/ask?q=What%20compression%20ratio%20does%20JPEG%20XL%20achieve%20over%20JPEG%3F").body();
        assertThat(none).contains("Nothing in the library answers this question.");
        assertThat(fixture.get("/").body()).contains("action=\"/ask\"");
    }
}
