package dev.paperscope.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paperscope.app.TopicFixtures;
import dev.paperscope.web.ServerFixture;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/v1/topics}: the CLI's JSON, bounded parameters, and an empty map that says why. */
class TopicsApiTest {
    @TempDir
    static Path tmp;
    static ServerFixture fixture;

    @BeforeAll
    static void start() {
        fixture = ServerFixture.demo(tmp, List.of(), Optional.of(TopicFixtures.bundledOnly()));
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static HttpResponse<String> topics(String query) {
        return fixture.get(ApiRoutes.PREFIX + "/topics" + (query == null ? "" : "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
    }

    @Test
    void theMapOfTheLibraryAndOfAQuery() {
        HttpResponse<String> all = topics(null);
        assertThat(all.statusCode()).isEqualTo(200);
        JsonNode root = ApiTest.json(all);
        assertThat(root.fieldNames()).toIterable().containsExactly("topics", "points");
        assertThat(root.get("topics").get(0).fieldNames()).toIterable().containsExactly("id", "label", "terms", "size", "works");
        assertThat(root.get("points").get(0).fieldNames()).toIterable().containsExactly("work", "x", "y", "topic");
        assertThat(topics(null).body()).as("deterministic and cached").isEqualTo(all.body());
        JsonNode diffusion = ApiTest.json(topics("diffusion"));
        assertThat(diffusion.get("points").size()).isPositive().isLessThan(root.get("points").size());
    }

    @Test
    void aQueryThatMatchesNothingIsAnEmptyMapWithAMessage() {
        JsonNode none = ApiTest.json(topics("qzxvblorptang"));
        assertThat(none.get("topics")).isEmpty();
        assertThat(none.get("points")).isEmpty();
        assertThat(none.get("message").asText()).isEqualTo("no work matches \"qzxvblorptang\"");
    }

    @Test
    void anOverlongQueryIs400() {
        HttpResponse<String> longQuery = topics("a".repeat(Params.MAX_PARAM_CHARS + 1));
        assertThat(longQuery.statusCode()).isEqualTo(400);
        assertThat(ApiTest.json(longQuery).get("message").asText()).contains("parameter q");
    }
}
