package dev.paperscope.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MixedHttpBenchmarkTest {
    @TempDir
    Path corpus;

    @Test
    void aShortMixedRunWritesAndReadsWithoutErrorsOrLostWrites() throws Exception {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            jsonl.append("{\"title\": \"Scaling diffusion transformers number ").append(i).append("\", \"authors\": [\"Ada Lovelace\", \"Author ")
                    .append((char) ('A' + i % 26)).append(" Turing\"], \"abstract\": \"Diffusion at scale, study ").append(i)
                    .append(".\", \"year\": 2023, \"venue\": \"NeurIPS 2023\"}\n");
        }
        Files.writeString(corpus.resolve("papers.jsonl"), jsonl);
        MixedHttpBenchmark.Report r = MixedHttpBenchmark.run(new MixedHttpBenchmark.Config(corpus, 3, Duration.ZERO, Duration.ofSeconds(2), 20, 7, 30));
        assertThat(r.records()).isEqualTo(70);
        assertThat(r.errors()).as("statuses %s", r.statuses()).isZero();
        assertThat(r.writes()).isNotNull();
        assertThat(r.reads()).isNotNull();
        assertThat(r.writesAcknowledged()).isPositive();
        assertThat(r.writesLost()).isZero();
        assertThat(r.all().n()).isEqualTo((int) r.requests());
    }

    @Test
    void unboundedLoadsAreRefused() {
        assertThatThrownBy(() -> new MixedHttpBenchmark.Config(corpus, 0, Duration.ZERO, Duration.ofSeconds(1), 1, 1, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MixedHttpBenchmark.Config(corpus, 8, Duration.ZERO, Duration.ofSeconds(1), 1, 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyRequestKindIsDrawnAndWeightsAddUp() {
        java.util.Random random = new java.util.Random(3);
        java.util.EnumSet<MixedHttpBenchmark.Kind> seen = java.util.EnumSet.noneOf(MixedHttpBenchmark.Kind.class);
        for (int i = 0; i < 1_000; i++) {
            seen.add(MixedHttpBenchmark.Kind.draw(random));
        }
        assertThat(seen).containsExactlyInAnyOrder(MixedHttpBenchmark.Kind.values());
    }
}
