package dev.paperscope.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paperscope.web.ServerFixture;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
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
        assertThat(body.path("backend").path("name").asText()).isEqualTo("lucene");
        assertThat(body.path("backend").has("health")).as("the embedded index has no cluster health").isFalse();
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
    void searchAnswersOneHitPerWorkListingItsRecordsByDefault() {
        String imagenQuery = java.net.URLEncoder.encode("-kind:blog_post \"Photorealistic Text-to-Image Diffusion Models with Deep Language Understanding\"",
                java.nio.charset.StandardCharsets.UTF_8);
        JsonNode works = json(fixture.get("/api/v1/search?limit=10&q=" + imagenQuery));
        assertThat(works.get("grouping").asText()).isEqualTo("works");
        List<String> ids = works.get("hits").findValuesAsText("id");
        assertThat(ids).doesNotHaveDuplicates();
        // Imagen is stated on three seed pages; two have its title, the award page's comes from the demo's NeurIPS 2022 list.
        assertThat(works.get("hits")).hasSize(1);
        JsonNode imagen = works.get("hits").get(0);
        assertThat(imagen.get("records").findValuesAsText("file").stream().map(f -> f.substring(0, 3))).containsExactlyInAnyOrder("000", "001", "003");
        String recordId = imagen.get("records").get(0).get("id").asText();
        assertThat(json(fixture.get("/api/v1/records/" + recordId)).get("work_id").asText()).isEqualTo(imagen.get("id").asText());

        JsonNode records = json(fixture.get("/api/v1/search?limit=10&grouping=records&q=" + imagenQuery));
        assertThat(records.get("grouping").asText()).isEqualTo("records");
        assertThat(records.get("hits")).allSatisfy(h -> {
            assertThat(h.get("records")).hasSize(1);
            assertThat(h.get("records").get(0).get("id").asText()).isEqualTo(h.get("id").asText());
        });
        assertThat(records.get("hits")).hasSize(3);
        assertThat(records.get("total").asLong()).as("total counts matching records in both groupings").isEqualTo(works.get("total").asLong());
        assertError(fixture.get("/api/v1/search?q=x&grouping=papers"), 400, "works, records");
    }

    @Test
    void moreSaysWhetherAnotherPageFollows() {
        JsonNode works = json(fixture.get("/api/v1/search?q=imagen&limit=100"));
        int n = works.get("hits").size();
        assertThat(works.get("more").asBoolean()).isFalse();
        assertThat(json(fixture.get("/api/v1/search?q=imagen&limit=" + (n - 1))).get("more").asBoolean()).isTrue();
        assertThat(json(fixture.get("/api/v1/search?q=imagen&limit=" + n)).get("more").asBoolean()).isFalse();
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
        assertError(fixture.get("/api/v1/search?q=" + "a".repeat(Limits.MAX_URL_CHARS + 10)), 414, "URL is too long");
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
    void oversizedBodiesAre413() throws java.io.IOException {
        // The body is declared, not sent: the server answers before reading it and closes, and a client still
        // streaming a body then sees the connection reset instead of the answer (flaky on a loaded machine).
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", fixture.server().port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /api/v1/search?q=x HTTP/1.1\r\nHost: 127.0.0.1:" + fixture.server().port()
                    + "\r\nAuthorization: Bearer " + fixture.token() + "\r\nContent-Type: application/json\r\nContent-Length: "
                    + (Limits.MAX_BODY_BYTES + 1) + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 413").contains("\"status\":413");
        }
    }

    @Test
    void theTokenUrlLeavesAScriptProofSameSiteCookieThatAllowsWrites() {
        HttpResponse<String> opened = fixture.get("/?token=" + fixture.token());
        String cookie = opened.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith(WriteAuth.COOKIE + "=" + fixture.token()).contains("HttpOnly").contains("SameSite=Strict")
                .contains("Max-Age=" + WriteAuth.COOKIE_LIFETIME.toSeconds()); // kept across browser restarts
        assertThat(fixture.get("/?token=wrong-token-wrong-token").headers().firstValue("Set-Cookie")).isEmpty();
        HttpResponse<String> withCookie = fixture.send(HttpRequest.newBuilder(URI.create(fixture.url("/api/v1/search?q=x")))
                .header("Cookie", WriteAuth.COOKIE + "=" + fixture.token()).header("Origin", "http://127.0.0.1:" + fixture.server().port())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertThat(withCookie.statusCode()).isEqualTo(404); // past the guard: no POST route here
    }
}
