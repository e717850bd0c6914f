package dev.paperscope.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fetching against a loopback server: redirects, errors, timeouts, size limits, gzip, the User-Agent. */
class UrlFetcherTest {
    static final FetchSettings FAST = FetchSettings.DEFAULT.withHostDelay(Duration.ZERO).withReadTimeout(Duration.ofMillis(800));
    private LoopbackServer server;
    private UrlFetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
        fetcher = new UrlFetcher(FAST);
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    private FetchException failure(String path) {
        return assertThrows(FetchException.class, () -> fetcher.fetch(server.url(path)));
    }

    @Test
    void aPageWithItsTypeCharsetAndTheUserAgent() throws FetchException {
        server.page("/orals", "text/html; charset=\"windows-1252\"", "<html><p>x</p></html>");
        Fetched f = fetcher.fetch(server.url("/orals#top"));
        assertEquals(server.url("/orals"), f.url(), "normalised: no fragment");
        assertEquals(f.url(), f.finalUrl());
        assertEquals("text/html", f.mediaType());
        assertEquals("windows-1252", f.charset().orElseThrow());
        assertTrue(f.declaresHtml());
        assertEquals("<html><p>x</p></html>", new String(f.body(), StandardCharsets.UTF_8));
        assertTrue(server.requests.getFirst().startsWith("GET /orals Paperscope/"), server.requests.getFirst());
    }

    @Test
    void redirectsAreFollowedAndTheFinalUrlKept() throws FetchException {
        server.redirect("/old", 301, "/middle");
        server.redirect("/middle", 302, server.url("/new"));
        server.page("/new", "application/json", "[]");
        Fetched f = fetcher.fetch(server.url("/old"));
        assertEquals(server.url("/old"), f.url());
        assertEquals(server.url("/new"), f.finalUrl());
        assertEquals("[]", new String(f.body(), StandardCharsets.UTF_8));
    }

    @Test
    void aRedirectLoopAndTooManyRedirectsFail() {
        server.redirect("/a", 302, "/b");
        server.redirect("/b", 307, "/a");
        FetchException loop = failure("/a");
        assertEquals(FetchException.Kind.REDIRECTS, loop.kind());
        assertTrue(loop.getMessage().contains("redirect loop"), loop.getMessage());
        for (int i = 0; i < 7; i++) {
            server.redirect("/r" + i, 301, "/r" + (i + 1));
        }
        server.page("/r7", "text/plain", "end");
        FetchException many = failure("/r0");
        assertEquals(FetchException.Kind.REDIRECTS, many.kind());
        assertTrue(many.getMessage().contains("more than 5 redirects"), many.getMessage());
        assertEquals(6, server.requests.stream().filter(r -> r.startsWith("GET /r")).count(), "stops after the limit");
    }

    @ParameterizedTest(name = "HTTP {0}")
    @CsvSource({"404, GONE", "410, GONE", "500, HTTP_ERROR", "503, HTTP_ERROR", "403, HTTP_ERROR"})
    void errorStatusesFailWithTheirKind(int status, FetchException.Kind kind) {
        server.status("/s", status);
        FetchException e = failure("/s");
        assertEquals(kind, e.kind());
        assertEquals(status, e.status());
        assertTrue(e.getMessage().startsWith(server.url("/s") + ": HTTP " + status), e.getMessage());
    }

    @Test
    void aRedirectWithoutLocationFails() {
        server.on("/nowhere", e -> e.sendResponseHeaders(302, -1));
        assertEquals(FetchException.Kind.HTTP_ERROR, failure("/nowhere").kind());
    }

    @Test
    void aSlowServerTimesOut() {
        server.on("/slow", e -> {
            sleep(3_000);
            LoopbackServer.send(e, 200, "text/plain", "late".getBytes(StandardCharsets.UTF_8));
        });
        FetchException e = failure("/slow");
        assertEquals(FetchException.Kind.TIMEOUT, e.kind());
        assertTrue(e.getCause() != null, "cause kept");
    }

    @Test
    void aBodyThatStallsTimesOut() {
        server.on("/stall", e -> {
            e.getResponseHeaders().add("Content-Type", "text/plain");
            e.sendResponseHeaders(200, 0);
            OutputStream out = e.getResponseBody();
            out.write("start".getBytes(StandardCharsets.UTF_8));
            out.flush();
            sleep(3_000);
        });
        assertEquals(FetchException.Kind.TIMEOUT, failure("/stall").kind());
    }

    @Test
    void aHugeBodyIsCutOff() {
        fetcher.close();
        fetcher = new UrlFetcher(FAST.withMaxBytes(10_000));
        server.on("/endless", e -> {
            e.getResponseHeaders().add("Content-Type", "text/html");
            e.sendResponseHeaders(200, 0); // chunked, no length declared
            byte[] chunk = new byte[4096];
            java.util.Arrays.fill(chunk, (byte) 'a');
            try (OutputStream out = e.getResponseBody()) {
                for (int i = 0; i < 1_000; i++) {
                    out.write(chunk);
                }
            }
        });
        FetchException e = failure("/endless");
        assertEquals(FetchException.Kind.TOO_LARGE, e.kind());
        server.page("/declared", "text/html", new byte[20_000]);
        assertEquals(FetchException.Kind.TOO_LARGE, failure("/declared").kind());
    }

    @Test
    void gzipIsAcceptedAndUndoneWithinTheLimit() throws Exception {
        byte[] page = "<html><p>zipped</p></html>".getBytes(StandardCharsets.UTF_8);
        server.on("/gz", e -> {
            assertEquals("gzip", e.getRequestHeaders().getFirst("Accept-Encoding"));
            e.getResponseHeaders().add("Content-Encoding", "gzip");
            LoopbackServer.send(e, 200, "text/html", gzip(page));
        });
        assertArrayEquals(page, fetcher.fetch(server.url("/gz")).body());
        fetcher.close();
        fetcher = new UrlFetcher(FAST.withMaxBytes(10_000));
        server.on("/bomb", e -> {
            e.getResponseHeaders().add("Content-Encoding", "gzip");
            LoopbackServer.send(e, 200, "text/html", gzip(new byte[1_000_000]));
        });
        assertEquals(FetchException.Kind.TOO_LARGE, failure("/bomb").kind());
        server.on("/broken", e -> {
            e.getResponseHeaders().add("Content-Encoding", "gzip");
            LoopbackServer.send(e, 200, "text/html", "not gzip at all".getBytes(StandardCharsets.UTF_8));
        });
        assertEquals(FetchException.Kind.BROKEN_BODY, failure("/broken").kind());
    }

    @Test
    void aRefusedConnectionIsUnreachable() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch("http://127.0.0.1:" + port + "/x"));
        assertEquals(FetchException.Kind.UNREACHABLE, e.kind());
        assertTrue(e.getMessage().contains("cannot connect"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"ftp://example.org/x", "not a url", "https:///nohost", "file:///etc/passwd"})
    void onlyHttpUrlsAreFetched(String url) {
        assertEquals(FetchException.Kind.BAD_URL, assertThrows(FetchException.class, () -> fetcher.fetch(url)).kind());
    }

    @ParameterizedTest
    @CsvSource({
            "HTTPS://Example.ORG:443/a/B?q=1#frag, https://example.org/a/B?q=1",
            "http://example.org, http://example.org/",
            "http://example.org:8080/x, http://example.org:8080/x"})
    void urlsAreNormalised(String url, String normalised) throws FetchException {
        assertEquals(normalised, UrlNames.normalise(url));
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
