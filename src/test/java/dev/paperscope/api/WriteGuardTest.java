package dev.paperscope.api;

import static dev.paperscope.api.ApiTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.web.ServerFixture;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The write guard against cross-site and same-site forgery and DNS rebinding: Host and Origin checks,
 * cookie writes only as JSON or with the form token, the Bearer scheme in any case, and bounded requests.
 */
class WriteGuardTest {
    @TempDir
    static Path tmp;
    static ServerFixture fixture;

    @BeforeAll
    static void start() {
        fixture = ServerFixture.demo(tmp, java.util.List.of());
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static String origin() {
        return "http://127.0.0.1:" + fixture.server().port();
    }

    private static HttpRequest.Builder createList(String name) {
        return HttpRequest.newBuilder(URI.create(fixture.url("/api/v1/lists")))
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"" + name + "\"}"));
    }

    private static boolean listExists(String name) {
        return fixture.get("/api/v1/lists/" + name).statusCode() == 200;
    }

    private static String cookie() {
        return WriteAuth.COOKIE + "=" + fixture.token();
    }

    @Test
    void theNoCorsFetchOfAPageOnAnotherLocalPortIsRefused() {
        // what Chromium sends for fetch(url, {method: "POST", mode: "no-cors", credentials: "include", body: "..."}) from port 1
        HttpResponse<String> response = fixture.send(createList("csrf-no-cors").header("Cookie", cookie())
                .header("Origin", "http://127.0.0.1:1").header("Content-Type", "text/plain;charset=UTF-8").build());
        assertError(response, 403, "origin");
        assertThat(listExists("csrf-no-cors")).isFalse();
    }

    @Test
    void aCookieWriteNeedsTheServersOwnOriginAndJson() {
        assertError(fixture.send(createList("csrf-text").header("Cookie", cookie()).header("Origin", origin())
                .header("Content-Type", "text/plain").build()), 403, "application/json");
        assertError(fixture.send(createList("csrf-no-origin").header("Cookie", cookie())
                .header("Content-Type", "application/json").build()), 403, "origin");
        assertError(fixture.send(createList("csrf-localhost").header("Cookie", cookie()).header("Origin", "http://localhost:1")
                .header("Content-Type", "application/json").build()), 403, "origin");
        assertThat(listExists("csrf-text")).isFalse();
        assertThat(listExists("csrf-no-origin")).isFalse();
        HttpResponse<String> same = fixture.send(createList("cookie-json").header("Cookie", cookie()).header("Origin", origin())
                .header("Content-Type", "application/json; charset=utf-8").build());
        assertThat(same.statusCode()).as(same.body()).isEqualTo(201);
    }

    @Test
    void aFormPostNeedsTheFormTokenThatThePagesCarry() {
        HttpRequest.Builder form = HttpRequest.newBuilder(URI.create(fixture.url("/lists"))).header("Cookie", cookie())
                .header("Origin", origin()).header("Content-Type", "application/x-www-form-urlencoded");
        assertError(fixture.send(HttpRequest.newBuilder(URI.create(fixture.url("/api/v1/lists"))).header("Cookie", cookie())
                .header("Origin", origin()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=form-no-token&csrf=wrong")).build()), 403, "form token");
        assertThat(fixture.send(form.copy().POST(HttpRequest.BodyPublishers.ofString("name=form-no-token")).build()).statusCode()).isEqualTo(403);
        String page = fixture.get("/lists").body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"csrf\" value=\"([0-9a-f]+)\"").matcher(page);
        assertThat(m.find()).as("the lists page carries the form token").isTrue();
        HttpResponse<String> posted = fixture.send(form.copy().POST(HttpRequest.BodyPublishers.ofString("name=form-ok&csrf=" + m.group(1))).build());
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(303);
        assertThat(listExists("form-ok")).isTrue();
    }

    @Test
    void bearerWritesWithoutOriginStayAllowedAndTheSchemeIsCaseInsensitive() {
        int n = 0;
        for (String scheme : new String[] {"Bearer", "bearer", "BEARER"}) {
            n++;
            HttpResponse<String> response = fixture.send(createList("bearer-" + n).header("Authorization", scheme + " " + fixture.token()).build());
            assertThat(response.statusCode()).as(scheme + ": " + response.body()).isEqualTo(201);
        }
        assertError(fixture.send(createList("bearer-foreign").header("Authorization", "Bearer " + fixture.token())
                .header("Origin", "http://evil.example").build()), 403, "origin");
        assertError(fixture.send(createList("bearer-wrong").header("Authorization", "bearer nope-nope-nope-nope").build()), 401, "token");
    }

    @Test
    void unknownHostHeadersAreRefusedForReadsAndWrites() throws IOException {
        int port = fixture.server().port();
        assertThat(raw("GET /api/v1/health HTTP/1.1\r\nHost: attacker.example:" + port + "\r\n")).startsWith("HTTP/1.1 403")
                .contains("Host").doesNotContain("\tat ");
        assertThat(raw("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1:" + (port == 1 ? 2 : 1) + "\r\n")).startsWith("HTTP/1.1 403");
        for (String host : new String[] {"127.0.0.1:" + port, "localhost:" + port, "LOCALHOST:" + port, "[::1]:" + port}) {
            assertThat(raw("GET /api/v1/health HTTP/1.1\r\nHost: " + host + "\r\n")).as(host).startsWith("HTTP/1.1 200");
        }
    }

    @Test
    void urlsPastJettysHeaderLimitGetTheJsonErrorToo() throws IOException {
        String response = raw("GET /api/v1/search?q=" + "a".repeat(70 * 1024) + " HTTP/1.1\r\nHost: 127.0.0.1:" + fixture.server().port() + "\r\n");
        assertThat(response).matches("(?s)HTTP/1.1 4\\d\\d .*").contains("application/json").contains("\"status\"")
                .doesNotContain("<html").doesNotContain("\tat ");
    }

    @Test
    void boundsAreJson4xxWithoutStackTraces() throws IOException {
        // a body declared too large is refused before it is read (sent without it: a server that answers and closes
        // while the client still streams a body makes the client see a reset instead of the answer)
        assertThat(raw("POST /api/v1/lists HTTP/1.1\r\nHost: 127.0.0.1:" + fixture.server().port() + "\r\nAuthorization: Bearer " + fixture.token()
                + "\r\nContent-Type: application/json\r\nContent-Length: " + (Limits.MAX_BODY_BYTES + 1) + "\r\n"))
                .startsWith("HTTP/1.1 413").contains("\"status\":413").contains("too large").doesNotContain("\tat ");
        assertError(fixture.get("/api/v1/search?q=" + "a".repeat(Limits.MAX_URL_CHARS + 10)), 414, "too long");
        assertError(fixture.get("/api/v1/search?q=x&limit=100000"), 400, "limit");
        assertError(fixture.get("/api/v1/search?q=x&offset=100000000"), 400, "offset");
        assertError(fixture.send("POST", "/api/v1/lists", "{not json"), 400, "");
    }

    /** One request on a raw socket (the JDK client forbids setting Host), answered with the status line, headers and body. */
    private static String raw(String head) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", fixture.server().port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
