package dev.paperscope.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperscope.catalog.Catalog;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A run's vectors kept in the cache and given to the next run's fresh catalog; the modes of {@code bench --mode}. */
class BenchVectorCacheTest {
    @TempDir
    Path dir;

    @Test
    void aRunsVectorsReachTheNextRunsCatalogAndNothingElseIsCopied() {
        Path first = dir.resolve("run1.db");
        try (Catalog c = Catalog.open(first)) {
            c.embeddings().put("m", Map.of("sha-a", new float[] {1, 0}, "sha-b", new float[] {0, 1}));
        }
        Path cache = dir.resolve("cache").resolve("vectors.db");
        assertThat(BenchVectorCache.seed(cache, dir.resolve("empty.db"))).as("no cache yet").isZero();
        assertThat(BenchVectorCache.keep(first, cache)).isEqualTo(2);
        assertThat(BenchVectorCache.keep(first, cache)).as("kept again: nothing doubles").isEqualTo(2);
        Path second = dir.resolve("run2.db");
        assertThat(BenchVectorCache.seed(cache, second)).isEqualTo(2);
        try (Catalog c = Catalog.open(second)) {
            assertThat(c.embeddings().vectors("m", List.of("sha-a", "sha-b", "sha-c"))).containsOnlyKeys("sha-a", "sha-b");
            assertThat(c.embeddings().vectors("m", List.of("sha-b")).get("sha-b")).containsExactly(0, 1);
            assertThat(c.recordCount()).isZero();
        }
    }

    @ParameterizedTest
    @CsvSource({"bm25, BM25, true, false", "HYBRID, HYBRID, false, true", " both , BOTH, true, true"})
    void modes(String name, IngestSearchBenchmark.Mode mode, boolean bm25, boolean hybrid) {
        assertThat(IngestSearchBenchmark.Mode.parse(name)).isEqualTo(mode);
        assertThat(mode.bm25()).isEqualTo(bm25);
        assertThat(mode.hybrid()).isEqualTo(hybrid);
    }

    @Test
    void anUnknownModeOrAHybridModeWithoutModelsIsRefused() {
        assertThatThrownBy(() -> IngestSearchBenchmark.Mode.parse("dense")).hasMessageContaining("bm25, hybrid or both");
        assertThatThrownBy(() -> new IngestSearchBenchmark.Config(dir, 10, 0, 10, 1, BenchBackend.EMBEDDED, IngestSearchBenchmark.Mode.HYBRID,
                java.util.Optional.empty(), java.util.Optional.empty())).hasMessageContaining("needs embedding models");
    }
}
