package dev.paperscope.index.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryTest {
    private final List<String> said = new ArrayList<>();
    private final Retry retry = new Retry(3, Duration.ofMillis(1), said::add);

    @ParameterizedTest
    @CsvSource({"429, true", "503, true", "502, true", "400, false", "404, false"})
    void httpErrorsAreRetriedOnlyWhenPassing(int status, boolean retried) {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> retry.run("bulk", () -> {
            calls.incrementAndGet();
            throw new OpenSearchConnection.OpenSearchHttpException(status, "answered " + status);
        })).isInstanceOf(OpenSearchException.class).hasMessageContaining("answered " + status);
        assertThat(calls.get()).isEqualTo(retried ? 3 : 1);
        assertThat(said).hasSize(retried ? 2 : 0);
    }

    @Test
    void noAnswerIsRetriedSayingSoAndASuccessEndsIt() {
        AtomicInteger calls = new AtomicInteger();
        String result = retry.run("bulk indexing 3 records", () -> {
            if (calls.incrementAndGet() < 3) {
                throw new OpenSearchException("no answer from OpenSearch");
            }
            return "ok";
        });
        assertThat(result).isEqualTo("ok");
        assertThat(said).hasSize(2).allMatch(s -> s.startsWith("bulk indexing 3 records failed (attempt ") && s.contains("retrying in"));
    }

    @Test
    void givingUpSaysHowManyAttempts() {
        assertThatThrownBy(() -> retry.run("bulk", () -> {
            throw new OpenSearchException("no answer");
        })).hasMessage("bulk failed after 3 attempts: no answer");
    }

    @Test
    void aMissingClusterIsAClearErrorQuickly() {
        int port = NodeSetup.freePorts(1).getFirst(); // nothing listens there
        try (OpenSearchConnection c = OpenSearchConnection.open("http://127.0.0.1:" + port)) {
            assertThatThrownBy(() -> c.json("GET", "/_cluster/health", java.util.Map.of(), null))
                    .isInstanceOf(OpenSearchException.class).hasMessageContaining("no answer from OpenSearch at http://127.0.0.1:" + port);
        }
    }

    @Test
    void aBadUrlIsRefused() {
        assertThatThrownBy(() -> OpenSearchConnection.open("localhost")).isInstanceOf(IllegalArgumentException.class);
    }
}
