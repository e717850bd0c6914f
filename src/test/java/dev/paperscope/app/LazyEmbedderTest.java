package dev.paperscope.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperscope.index.VectorQuantization;
import dev.paperscope.index.VectorSpace;
import dev.paperscope.testing.HashingEmbedder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LazyEmbedderTest {
    private final List<HashingEmbedder> loaded = new ArrayList<>();

    private LazyEmbedder lazy(VectorSpace declared, String actualModel, int actualDimension) {
        return new LazyEmbedder(new EmbeddingSetup.Model(declared, () -> {
            HashingEmbedder e = new HashingEmbedder(actualModel, actualDimension, Map.of());
            loaded.add(e);
            return e;
        }));
    }

    @Test
    void loadsOnceOnFirstUseAndClosesWhatItLoaded() {
        try (LazyEmbedder lazy = lazy(new VectorSpace("m", 8), "m", 8)) {
            assertThat(loaded).isEmpty();
            assertThat(lazy.get()).isSameAs(lazy.get());
            assertThat(loaded).hasSize(1);
        }
        assertThat(loaded.getFirst().closed()).isTrue();
    }

    @Test
    void aModelOtherThanTheDeclaredOneIsRefusedAndClosed() {
        try (LazyEmbedder lazy = lazy(new VectorSpace("m", 8), "m", 16)) {
            assertThatThrownBy(lazy::get).isInstanceOf(IllegalStateException.class).hasMessageContaining("8 dimensions");
        }
        assertThat(loaded.getFirst().closed()).isTrue();
    }

    @Test
    void aClosedEmbedderLoadsNothingMore() {
        LazyEmbedder lazy = lazy(new VectorSpace("m", 8), "m", 8);
        lazy.close();
        assertThatThrownBy(lazy::get).isInstanceOf(IllegalStateException.class).hasMessage("embedding model m is closed");
        assertThat(loaded).isEmpty();
    }

    @Test
    void preloadingLoadsEveryModelOnceBeforeAnyQuery(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        List<EmbeddingSetup.Model> models = List.of(
                new EmbeddingSetup.Model(new VectorSpace("m", 8), () -> {
                    HashingEmbedder e = new HashingEmbedder("m", 8, Map.of());
                    loaded.add(e);
                    return e;
                }));
        try (Paperscope ps = Paperscope.open(dir, java.util.Optional.of(new EmbeddingSetup(models, VectorQuantization.NONE,
                dev.paperscope.search.dense.EmbeddingProgress.NONE)))) {
            assertThat(loaded).isEmpty();
            ps.preloadModels().get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(loaded).hasSize(1);
            ps.preloadModels().get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(loaded).as("loaded once").hasSize(1);
        }
        assertThat(loaded.getFirst().closed()).isTrue();
        try (Paperscope none = Paperscope.open(dir.resolve("bm25"))) {
            assertThat(none.preloadModels()).isCompleted();
        }
    }
}
