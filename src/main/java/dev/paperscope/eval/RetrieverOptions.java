package dev.paperscope.eval;

import dev.paperscope.search.Bm25Params;
import dev.paperscope.search.dense.EmbeddingModels;
import java.util.List;
import java.util.Objects;

/**
 * Settings a retriever may read when it is built; each retriever ignores what does not concern it.
 * {@code model} names the embedding model of dense and hybrid retrieval; {@code fusion} is {@code rrf}
 * or {@code score}, with {@code denseWeight} the dense share of score fusion.
 */
public record RetrieverOptions(Bm25Params bm25, String model, String fusion, double denseWeight) {
    public static final List<String> FUSIONS = List.of("rrf", "score");
    public static final RetrieverOptions DEFAULT = new RetrieverOptions(Bm25Params.DEFAULT, EmbeddingModels.DEFAULT, "score", 0.5);

    public RetrieverOptions {
        Objects.requireNonNull(bm25, "bm25");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(fusion, "fusion");
        if (!EmbeddingModels.names().contains(model)) {
            throw new IllegalArgumentException("unknown model \"" + model + "\"; available: " + String.join(", ", EmbeddingModels.names()));
        }
        if (!FUSIONS.contains(fusion)) {
            throw new IllegalArgumentException("unknown fusion \"" + fusion + "\"; available: rrf, score");
        }
        if (!(denseWeight >= 0 && denseWeight <= 1)) {
            throw new IllegalArgumentException("dense weight must lie in [0, 1], was " + denseWeight);
        }
    }

    public RetrieverOptions withBm25(Bm25Params params) {
        return new RetrieverOptions(params, model, fusion, denseWeight);
    }
}
