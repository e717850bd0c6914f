package dev.paperscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.app.Demo;
import dev.paperscope.app.IngestListener;
import dev.paperscope.app.IngestReport;
import dev.paperscope.app.Paperscope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A server for tests: a data folder in a temp dir holding the bundled demo pages (and any extra files),
 * served in process on a free loopback port with a fresh write token. Reusable by every web/API test.
 */
public final class ServerFixture implements AutoCloseable {
    /** A record whose every text field tries to inject markup: pages must show it as text. */
    public static final String HOSTILE_JSONL = """
            {"id": "evil-1", "title": "<script>window.__pwned = 1</script> Attention Is <b>All</b> You Need", \
            "authors": ["Mallory <img src=x onerror=alert(1)>"], "abstract": "We study <script>alert('x')</script> escaping & **bold** markers.", \
            "venue": "HostileConf", "year": 2024}
            """;
    private final Paperscope paperscope;
    private final PaperscopeServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    private ServerFixture(Paperscope paperscope, PaperscopeServer server) {
        this.paperscope = paperscope;
        this.server = server;
    }

    /** The demo pages plus the hostile record. */
    public static ServerFixture demo(Path tempDir) {
        return demo(tempDir, List.of(write(tempDir.resolve("hostile.jsonl"), HOSTILE_JSONL)));
    }

    /** The demo pages plus {@code extraFiles} (ingested with detected formats). */
    public static ServerFixture demo(Path tempDir, List<Path> extraFiles) {
        return demo(tempDir, extraFiles, Optional.empty());
    }

    /** As above, the data folder opened with {@code models} (the product's default models for screenshots). */
    public static ServerFixture demo(Path tempDir, List<Path> extraFiles, Optional<dev.paperscope.app.EmbeddingSetup> models) {
        Paperscope ps = Paperscope.open(tempDir.resolve("data"), models);
        try {
            Demo.ingestBundledPages(ps);
            if (!extraFiles.isEmpty()) {
                IngestReport report = ps.ingest(extraFiles, Optional.empty(), IngestListener.NONE);
                assertThat(report.toString()).doesNotContain("FAILED");
            }
            return new ServerFixture(ps, PaperscopeServer.start(ps, PaperscopeServer.Settings.ephemeral()));
        } catch (Exception e) {
            ps.close();
            throw new IllegalStateException("cannot start the test server", e);
        }
    }

    /**
     * Closes each resource in order (a browser, a server, this fixture), skipping nulls (a {@code @BeforeAll} that
     * failed half-way), every one even when an earlier one fails; the first failure is thrown with the later ones
     * suppressed. The one {@code @AfterAll} of the browser tests.
     */
    public static void closeAll(AutoCloseable... resources) {
        RuntimeException failure = null;
        for (AutoCloseable resource : resources) {
            if (resource == null) {
                continue;
            }
            try {
                resource.close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = e instanceof RuntimeException r ? r : new IllegalStateException("cannot close " + resource, e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    public static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Paperscope paperscope() {
        return paperscope;
    }

    public PaperscopeServer server() {
        return server;
    }

    public String url(String path) {
        return server.url().resolve(path).toString();
    }

    public String token() {
        return server.writeToken().orElseThrow();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET().build());
    }

    /** A write with the token. */
    public HttpResponse<String> send(String method, String path, String jsonBody) {
        return send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Bearer " + token())
                .header("Content-Type", "application/json")
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody))
                .build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            paperscope.close();
            http.close();
        }
    }
}
