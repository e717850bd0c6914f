package dev.paperscope.app;

import dev.paperscope.index.VectorQuantization;
import dev.paperscope.index.VectorSpace;
import dev.paperscope.search.dense.Embedder;
import dev.paperscope.search.dense.EmbeddingModels;
import dev.paperscope.search.dense.EmbeddingProgress;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The embedding model a data folder's index uses. The model's id and dimension are given up front
 * because loading a model takes seconds: a search or an up-to-date index never loads it, only
 * embedding new passages or a dense query does.
 *
 * @param loader opens the model; called at most once per {@link Paperscope}, which closes what it returns
 * @param progress hears how far embedding new passages has got (for a progress bar)
 */
public record EmbeddingSetup(VectorSpace space, VectorQuantization quantization, Supplier<Embedder> loader,
                             EmbeddingProgress progress) {
    public EmbeddingSetup {
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(quantization, "quantization");
        Objects.requireNonNull(loader, "loader");
        Objects.requireNonNull(progress, "progress");
    }

    public EmbeddingSetup(VectorSpace space, VectorQuantization quantization, Supplier<Embedder> loader) {
        this(space, quantization, loader, EmbeddingProgress.NONE);
    }

    /** One of {@link EmbeddingModels#names()}, loaded from its Maven artifact when first needed. */
    public static EmbeddingSetup forModel(String name, VectorQuantization quantization, EmbeddingProgress progress) {
        return new EmbeddingSetup(new VectorSpace(name, EmbeddingModels.dimension(name)), quantization,
                () -> EmbeddingModels.open(name), progress);
    }
}
