package dev.paperscope.api;

import static dev.paperscope.api.ApiTest.assertError;
import static dev.paperscope.api.ApiTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paperscope.web.ServerFixture;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GET /api/v1/recommend, the list page's panel and /for-you over the demo data. */
class RecommendApiTest {
    @TempDir
    static Path tmp;
    static ServerFixture fixture;
    static List<String> kept;

    @BeforeAll
    static void start() {
        fixture = ServerFixture.demo(tmp);
        kept = json(fixture.get("/api/v1/search?limit=2&q=diffusion")).get("hits").valueStream().map(h -> h.get("id").asText()).toList();
        assertThat(fixture.send("POST", ApiRoutes.PREFIX + "/lists", "{\"name\": \"Diffusion\"}").statusCode()).isEqualTo(201);
        kept.forEach(id -> assertThat(fixture.send("POST", ApiRoutes.PREFIX + "/lists/Diffusion/items", "{\"id\": \"" + id + "\"}").statusCode())
                .isEqualTo(201));
        assertThat(fixture.send("POST", ApiRoutes.PREFIX + "/lists", "{\"name\": \"Empty\"}").statusCode()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void aListGetsExplainedWorksThatAreNotInIt() {
        HttpResponse<String> response = fixture.get("/api/v1/recommend?list=Diffusion&limit=5");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("kept")).hasSize(2);
        assertThat(body.get("hits")).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        for (JsonNode hit : body.get("hits")) {
            assertThat(kept).doesNotContain(hit.get("id").asText());
            assertThat(hit.get("id").asText()).startsWith("w");
            assertThat(hit.has("score")).isTrue();
            assertThat(hit.get("records")).isNotEmpty();
            assertThat(hit.get("explanation").asText()).contains("your list Diffusion");
        }
        assertThat(body.get("method").asText()).isEqualTo("terms");
        assertThat(body.get("query").asText()).isEqualTo("like your list Diffusion");
        assertThat(json(fixture.get("/api/v1/recommend?list=Diffusion&limit=5")).get("hits")).isEqualTo(body.get("hits"));
    }

    @Test
    void aQueryAndWorkIdsAreBases() {
        JsonNode byWork = json(fixture.get("/api/v1/recommend?work=" + kept.getFirst() + "&limit=3"));
        assertThat(byWork.get("hits").valueStream().map(h -> h.get("id").asText()).toList()).doesNotContain(kept.getFirst()).hasSizeLessThanOrEqualTo(3);
        JsonNode restricted = json(fixture.get("/api/v1/recommend?list=Diffusion&q=video&limit=3"));
        assertThat(restricted.get("notes").toString()).contains("best matching");
    }

    @Test
    void emptyBasesSaySo() {
        JsonNode empty = json(fixture.get("/api/v1/recommend?list=Empty"));
        assertThat(empty.get("hits")).isEmpty();
        assertThat(empty.get("notes").toString()).contains("nothing is kept in your list Empty");
        JsonNode stars = json(fixture.get("/api/v1/recommend?starred=true"));
        assertThat(stars.get("hits")).isEmpty();
        assertThat(stars.get("notes").toString()).contains("your stars");
    }

    @Test
    void badParametersAre400And404() {
        assertError(fixture.get("/api/v1/recommend?list=Nope"), 404, "Nope");
        assertError(fixture.get("/api/v1/recommend?list=Diffusion&limit=0"), 400, "limit");
        assertError(fixture.get("/api/v1/recommend?list=Diffusion&limit=101"), 400, "limit");
        assertError(fixture.get("/api/v1/recommend?list=Diffusion&starred=true"), 400, "one of");
        assertError(fixture.get("/api/v1/recommend?list=Diffusion&method=magic"), 400, "method");
        assertError(fixture.get("/api/v1/recommend?starred=maybe"), 400, "starred");
        assertError(fixture.get("/api/v1/recommend?list=Diffusion&method=embedding"), 400, "needs embeddings");
    }

    @Test
    void theListPageHasItsPanelAndForYouLearnsFromEveryList() {
        String page = fixture.get("/lists/Diffusion").body();
        assertThat(page).contains("Recommended for this list", "id=\"recommendations\"", "in your list Diffusion");
        assertThat(fixture.get("/lists/Empty").body()).contains("Recommended for this list", "id=\"recommend-none\"", "nothing is kept");
        String forYou = fixture.get("/for-you").body();
        assertThat(forYou).contains("For you", "id=\"recommendations\"", "your lists and stars");
    }
}
