package dev.paperscope.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpBenchmarkTest {
    @TempDir
    Path corpus;

    @Test
    void aShortRunAgainstTheRealServerCountsRequestsAndNoErrors() throws Exception {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            jsonl.append("{\"title\": \"Scaling diffusion transformers number ").append(i)
                    .append("\", \"authors\": [\"Ada Lovelace\", \"Alan Turing\"], \"year\": 2023, \"venue\": \"NeurIPS 2023\"}\n");
        }
        Files.writeString(corpus.resolve("papers.jsonl"), jsonl);
        HttpBenchmark.Report report = HttpBenchmark.run(new HttpBenchmark.Config(corpus, 2, Duration.ZERO, Duration.ofSeconds(1), 20, 7, 10));
        assertThat(report.records()).isEqualTo(30);
        assertThat(report.requests()).isPositive();
        assertThat(report.errors()).isZero();
        assertThat(report.statuses()).containsOnlyKeys(200);
        assertThat(report.latency().n()).isEqualTo((int) report.requests());
    }

    @Test
    void unboundedOrEmptyLoadsAreRefused() {
        assertThatThrownBy(() -> new HttpBenchmark.Config(corpus, 0, Duration.ZERO, Duration.ofSeconds(1), 1, 1, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HttpBenchmark.Config(corpus, 16, Duration.ZERO, Duration.ofHours(1), 1, 1, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
