package dev.paperscope.eval;

import dev.paperscope.search.Bm25Params;
import dev.paperscope.search.dense.EmbeddingModels;
import java.util.List;
import java.util.Objects;

/**
 * Settings a retriever may read when it is built; each retriever ignores what does not concern it.
 * {@code models} names the embedding model of the product's dense and hybrid retrieval, or two models
 * (the first retrieves, the second re-scores, as search does); {@code fusion} is {@code rrf} or
 * {@code score}, with {@code denseWeight} the dense share of score fusion. Candidate depths and the
 * similarity floor are the product's own: evaluation runs the product's search ({@link Retrievers}).
 */
public record RetrieverOptions(Bm25Params bm25, List<String> models, String fusion, double denseWeight) {
    public static final List<String> FUSIONS = List.of("rrf", "score");
    public static final RetrieverOptions DEFAULT = new RetrieverOptions(Bm25Params.DEFAULT, EmbeddingModels.DEFAULT_ENSEMBLE, "score", 0.5);

    public RetrieverOptions {
        Objects.requireNonNull(bm25, "bm25");
        Objects.requireNonNull(fusion, "fusion");
        models = List.copyOf(models);
        if (models.isEmpty() || models.size() > 2 || models.stream().distinct().count() != models.size()) {
            throw new IllegalArgumentException("give one embedding model, or two different ones for a dense ensemble: " + models);
        }
        for (String model : models) {
            if (!EmbeddingModels.names().contains(model)) {
                throw new IllegalArgumentException("unknown model \"" + model + "\"; available: " + String.join(", ", EmbeddingModels.names()));
            }
        }
        if (!FUSIONS.contains(fusion)) {
            throw new IllegalArgumentException("unknown fusion \"" + fusion + "\"; available: rrf, score");
        }
        if (!(denseWeight >= 0 && denseWeight <= 1)) {
            throw new IllegalArgumentException("dense weight must lie in [0, 1], was " + denseWeight);
        }
    }

    public RetrieverOptions withBm25(Bm25Params params) {
        return new RetrieverOptions(params, models, fusion, denseWeight);
    }

    /** The first (or only) model. */
    public String model() {
        return models.getFirst();
    }

    /** This setting with one model only. */
    public RetrieverOptions withModel(String model) {
        return new RetrieverOptions(bm25, List.of(model), fusion, denseWeight);
    }
}
