package dev.paperscope.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The incremental-resolution benchmark builds its catalog once in a kept folder and reuses it, unchanged, on the next run. */
class IncrementalResolutionBenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void aKeptCatalogIsBuiltOnceAndReusedAsItWas() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("fuzz/corl2024.jsonl")) {
            Files.write(corpus.resolve("corl.jsonl"), in.readAllBytes());
        }
        Path keep = dir.resolve("kept");
        List<String> log = new ArrayList<>();
        IncrementalResolutionBenchmark.Report first = IncrementalResolutionBenchmark.run(
                new IncrementalResolutionBenchmark.Config(corpus, 100, Optional.of(keep), false), log::add);
        assertThat(first.reused()).isFalse();
        assertThat(first.records()).isGreaterThanOrEqualTo(100);
        assertThat(first.steps()).hasSize(3).allSatisfy(s -> {
            assertThat(s.incrementalMillis()).isPositive();
            assertThat(s.wholeMillis()).isNaN();
        });
        assertThat(first.catalogBytes()).isPositive();
        assertThat(log).anyMatch(l -> l.startsWith("ingesting ")).anyMatch(l -> l.contains("stored ") && l.contains(" files in "));

        IncrementalResolutionBenchmark.Report second = IncrementalResolutionBenchmark.run(
                new IncrementalResolutionBenchmark.Config(corpus, 100, Optional.of(keep), true), log::add);
        assertThat(second.reused()).isTrue();
        assertThat(second.buildSeconds()).isZero();
        assertThat(second.records()).isEqualTo(first.records());
        assertThat(second.works()).isEqualTo(first.works());
        assertThat(second.steps()).allSatisfy(s -> assertThat(s.wholeMillis()).isPositive());
        assertThat(keep.resolve("catalog.db")).exists();
    }

    @Test
    void aCatalogOfNoRecordsIsRefused() {
        assertThatThrownBy(() -> new IncrementalResolutionBenchmark.Config(dir, 0, Optional.empty(), true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("records must be positive");
    }
}
