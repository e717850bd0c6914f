package dev.paperscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.ingest.fetch.LoopbackServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ingest URL}, {@code files} and {@code refresh} as a user runs them, against a loopback server. */
class UrlCliTest {
    @TempDir
    Path dir;
    private LoopbackServer server;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static String page(String... abstracts) {
        StringBuilder s = new StringBuilder("<!doctype html><html><body><nav><ul><li>Home</li></ul></nav><main>");
        for (int i = 0; i < abstracts.length; i++) {
            s.append("<div id=o").append(i).append("><div>").append(List.of("Ann Lee", "Cy Chen", "Dee Diaz").get(i)).append(" &middot; Bo Kim</div><div>[ Hall J ]</div><p>")
                    .append(abstracts[i]).append("</p></div>");
        }
        return s.append("</main></body></html>").toString();
    }

    private static final String ONE = "We study alpha networks for vision and find that they work well on many benchmarks.";
    private static final String TWO = "We present beta priors in practice and show that they are simple to use and to extend.";
    private static final String THREE = "Gamma ray transformers read cosmic rays as tokens and predict their sources quite well.";

    @Test
    void ingestFilesAndRefresh() throws IOException {
        String data = dir.resolve("data").toString();
        server.page("/orals", "text/html", page(ONE, TWO));
        Path local = Files.writeString(dir.resolve("saved.html"), page(TWO, ONE));

        CliRun ingest = CliRun.of("ingest", "--data", data, local.toString(), server.url("/orals"));
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        assertThat(ingest.out()).contains("oral-listing", "saved.html (added)", server.url("/orals") + " (added)");

        CliRun files = CliRun.of("files", "--data", data);
        assertThat(files.out()).contains(server.url("/orals") + " (fetched ").contains("127.0.0.1:");

        CliRun unchanged = CliRun.of("refresh", "--data", data);
        assertThat(unchanged.exit()).as(unchanged.err()).isZero();
        assertThat(unchanged.out()).contains("(unchanged)", "1 URL source refreshed: 0 gone, 0 failed");

        server.page("/orals", "text/html", page(ONE, TWO, THREE));
        CliRun updated = CliRun.of("refresh", "--data", data, server.url("/orals"));
        assertThat(updated.exit()).isZero();
        assertThat(updated.out()).containsPattern("updated \\S+: 1 added, 0 removed, 0 changed");

        server.status("/orals", 410);
        CliRun gone = CliRun.of("refresh", "--data", data);
        assertThat(gone.exit()).isEqualTo(1);
        assertThat(gone.out()).contains("gone", "HTTP 410", "kept its 3 records");
        assertThat(CliRun.of("files", "--data", data).out()).contains("last check: ").contains("HTTP 410");

        String url = server.url("/orals");
        server.close();
        CliRun offline = CliRun.of("refresh", "--data", data);
        assertThat(offline.exit()).isEqualTo(1);
        assertThat(offline.err()).contains("error: " + url, "cannot connect", "nothing changed");
        assertThat(CliRun.of("export", "--data", data, "--records").out().lines().count()).isEqualTo(5);
    }

    @Test
    void anUnreachableUrlFailsAloneInAnIngest() throws IOException {
        String data = dir.resolve("data").toString();
        Path local = Files.writeString(dir.resolve("saved.html"), page(ONE, TWO));
        server.status("/missing", 404);
        CliRun run = CliRun.of("ingest", "--data", data, server.url("/missing"), local.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("error: " + server.url("/missing") + ": HTTP 404");
        assertThat(run.out()).contains("saved.html (added)", "1 failed");
    }
}
