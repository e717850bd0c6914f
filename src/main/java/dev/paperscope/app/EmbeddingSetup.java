package dev.paperscope.app;

import dev.paperscope.index.VectorQuantization;
import dev.paperscope.index.VectorSpace;
import dev.paperscope.search.dense.Embedder;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The embedding model a data folder's index uses. The model's id and dimension are given up front
 * because loading a model takes seconds: a search or an up-to-date index never loads it, only
 * embedding new passages or a dense query does.
 *
 * @param loader opens the model; called at most once per {@link Paperscope}, which closes what it returns
 */
public record EmbeddingSetup(VectorSpace space, VectorQuantization quantization, Supplier<Embedder> loader) {
    public EmbeddingSetup {
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(quantization, "quantization");
        Objects.requireNonNull(loader, "loader");
    }
}
