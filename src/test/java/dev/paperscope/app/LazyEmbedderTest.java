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
}
