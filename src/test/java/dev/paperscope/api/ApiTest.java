package dev.paperscope.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paperscope.web.ServerFixture;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API over HTTP: answers, paging, and every kind of error as {status, message}. */
class ApiTest {
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

    static JsonNode json(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        return Json.parse(response.body());
    }

    static void assertError(HttpResponse<String> response, int status, String messagePart) {
        assertThat(response.statusCode()).isEqualTo(status);
        JsonNode body = json(response);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("message").asText()).containsIgnoringCase(messagePart);
        assertThat(response.body()).doesNotContain("\tat ").doesNotContain("Exception:").doesNotContain(".java:");
    }

    @Test
    void healthCountsRecords() {
        JsonNode body = json(fixture.get("/api/v1/health"));
        assertThat(body.get("status").asText()).isEqualTo("ok");
        assertThat(body.get("records").asLong()).isEqualTo(fixture.paperscope().recordCount()).isGreaterThan(100);
    }

    @Test
    void searchAnswersWithHitsSourcesAndMarkedSnippets() {
        JsonNode body = json(fixture.get("/api/v1/search?q=diffusion&limit=5"));
        assertThat(body.get("total").asLong()).isGreaterThan(5);
        assertThat(body.get("hits")).hasSize(5);
        JsonNode first = body.get("hits").get(0);
        assertThat(first.get("records").get(0).get("source").get("file").asText()).endsWith(".txt");
        assertThat(body.get("hits").findValuesAsText("snippet")).anySatisfy(s -> assertThat(s).contains("**"));
        assertThat(body.get("offset").asInt()).isZero();
    }

    @Test
    void pagesFollowOneAnotherWithoutOverlap() {
        JsonNode all = json(fixture.get("/api/v1/search?q=diffusion&limit=10"));
        JsonNode second = json(fixture.get("/api/v1/search?q=diffusion&limit=5&offset=5"));
        for (int i = 0; i < 5; i++) {
            assertThat(second.get("hits").get(i).get("id").asText()).isEqualTo(all.get("hits").get(i + 5).get("id").asText());
        }
    }

    @Test
    void filtersBecomeClausesOfTheQuery() {
        JsonNode body = json(fixture.get("/api/v1/search?q=model&kind=talk&limit=50"));
        assertThat(body.get("effective_query").asText()).isEqualTo("model kind:talk");
        assertThat(body.get("hits")).isNotEmpty().allSatisfy(h -> assertThat(h.get("kind").asText()).isEqualTo("talk"));
    }

    @Test
    void badParametersAre400WithAMessageNamingThem() {
        assertError(fixture.get("/api/v1/search"), 400, "parameter q is required");
        assertError(fixture.get("/api/v1/search?q=x&limit=0"), 400, "limit");
        assertError(fixture.get("/api/v1/search?q=x&limit=abc"), 400, "whole number");
        assertError(fixture.get("/api/v1/search?q=x&offset=5000"), 400, "offset");
        assertError(fixture.get("/api/v1/search?q=x&retriever=magic"), 400, "bm25, dense, hybrid");
        assertError(fixture.get("/api/v1/search?q=year:20x0..2022"), 400, "bad query");
    }

    @Test
    void denseWithoutVectorsIs400NotAStackTrace() {
        assertError(fixture.get("/api/v1/search?q=x&retriever=dense"), 400, "needs vectors");
    }

    @Test
    void unknownPathsAre404Json() {
        assertError(fixture.get("/api/v1/nothing-here"), 404, "no such resource");
    }

    @Test
    void overlongQueriesAreRefused() {
        assertError(fixture.get("/api/v1/search?q=" + "a".repeat(Params.MAX_PARAM_CHARS + 1)), 400, "limit is " + Params.MAX_PARAM_CHARS);
        HttpResponse<String> huge = fixture.get("/api/v1/search?q=" + "a".repeat(Limits.MAX_HEADER_BYTES + 10));
        assertThat(huge.statusCode()).isEqualTo(414);
    }

    @Test
    void writesNeedTheToken() {
        HttpResponse<String> anonymous = fixture.send(HttpRequest.newBuilder(URI.create(fixture.url("/api/v1/search?q=x")))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertError(anonymous, 401, "token");
        HttpResponse<String> wrong = fixture.send(HttpRequest.newBuilder(URI.create(fixture.url("/api/v1/search?q=x")))
                .header("Authorization", "Bearer not-the-token").POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertError(wrong, 401, "token");
        // With the token the write passes the guard and meets the router: no POST route here, so 404, not 401.
        assertThat(fixture.send("POST", "/api/v1/search?q=x", "{}").statusCode()).isEqualTo(404);
    }

    @Test
    void oversizedBodiesAre413() {
        HttpResponse<String> response = fixture.send("POST", "/api/v1/search?q=x", "x".repeat((int) Limits.MAX_BODY_BYTES + 1));
        assertThat(response.statusCode()).isEqualTo(413);
    }
}
