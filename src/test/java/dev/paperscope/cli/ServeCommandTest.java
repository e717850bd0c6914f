package dev.paperscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.app.Paperscope;
import dev.paperscope.web.PaperscopeServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
    @TempDir
    Path tmp;

    @Test
    @Timeout(120) // guards against a server that never starts; not a timing assertion
    void servesOnLoopbackPrintsTheUrlAndTokenAndStopsWhenAsked() throws Exception {
        StringWriter printed = new StringWriter();
        CountDownLatch stop = new CountDownLatch(1);
        try (Paperscope ps = Paperscope.open(tmp)) {
            Thread serving = Thread.ofPlatform().start(() -> {
                try {
                    ServeCommand.serve(ps, new PaperscopeServer.Settings(PaperscopeServer.LOOPBACK, 0, Optional.of("0123456789abcdef0123")),
                            new PrintWriter(printed, true), stop);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            Matcher url = awaitUrl(printed);
            assertThat(url.group(1)).isEqualTo("127.0.0.1");
            try (HttpClient http = HttpClient.newHttpClient()) {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + url.group(2) + "/api/v1/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(health.body()).contains("\"records\":0");
            }
            stop.countDown();
            serving.join();
            // Read only after serve returned: the lines after the URL may still be on their way before that.
            assertThat(printed.toString()).contains("write token: 0123456789abcdef0123");
        }
    }

    @Test
    void aBadPortIsAUsageError() {
        CliRun run = CliRun.of("serve", "--data", tmp.toString(), "--port", "70000");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--port must lie in 0..65535");
    }

    private static Matcher awaitUrl(StringWriter printed) throws InterruptedException {
        Pattern pattern = Pattern.compile("open: +http://([0-9.]+):([0-9]+)/\\?token=");
        while (true) {
            Matcher m = pattern.matcher(printed.toString());
            if (m.find()) {
                return m;
            }
            Thread.sleep(20);
        }
    }

    @Test
    @Timeout(120) // a serve that wrongly starts would block; not a timing assertion
    void aPortInUseIsOneClearLineAndExit1() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName(PaperscopeServer.LOOPBACK))) {
            int port = taken.getLocalPort();
            CliRun run = CliRun.of("serve", "--data", tmp.resolve("data").toString(), "--port", Integer.toString(port));
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err()).isEqualTo("paperscope: port " + port + " is in use; choose another with --port" + System.lineSeparator());
            assertThat(run.out()).doesNotContain("serving");
        }
    }
}
