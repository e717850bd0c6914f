package dev.paperscope.eval;

import dev.paperscope.search.Bm25Params;
import dev.paperscope.search.dense.EmbeddingModels;
import dev.paperscope.search.fusion.HybridSearch;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings a retriever may read when it is built; each retriever ignores what does not concern it.
 * {@code models} names the embedding model of dense and hybrid retrieval, or two models whose dense
 * rankings are combined into one ({@link DenseEnsembleRetriever}); {@code fusion} is {@code rrf} or
 * {@code score}, with {@code denseWeight} the dense share of score fusion; {@code depth} is how many
 * candidates hybrid takes from each signal (the product's default unless asked otherwise);
 * {@code similarityFloor} applies the first model's similarity floor to dense candidates as search does
 * (off only to measure what the floor costs); {@code vectorCache} is the folder corpus vectors are cached
 * in (empty: the user's cache folder, {@code CacheDirs}).
 */
public record RetrieverOptions(Bm25Params bm25, List<String> models, String fusion, double denseWeight, int depth,
                               boolean similarityFloor, Optional<Path> vectorCache) {
    public static final List<String> FUSIONS = List.of("rrf", "score");
    public static final RetrieverOptions DEFAULT = new RetrieverOptions(Bm25Params.DEFAULT, List.of(EmbeddingModels.DEFAULT), "score", 0.5);

    /** Corpus vectors cached in the user's cache folder. */
    public RetrieverOptions(Bm25Params bm25, List<String> models, String fusion, double denseWeight, int depth, boolean similarityFloor) {
        this(bm25, models, fusion, denseWeight, depth, similarityFloor, Optional.empty());
    }

    /** With the similarity floor, as search applies it. */
    public RetrieverOptions(Bm25Params bm25, List<String> models, String fusion, double denseWeight, int depth) {
        this(bm25, models, fusion, denseWeight, depth, true);
    }

    /** With the product's hybrid depth. */
    public RetrieverOptions(Bm25Params bm25, List<String> models, String fusion, double denseWeight) {
        this(bm25, models, fusion, denseWeight, HybridSearch.DEFAULT_DEPTH);
    }

    public RetrieverOptions {
        Objects.requireNonNull(bm25, "bm25");
        Objects.requireNonNull(fusion, "fusion");
        Objects.requireNonNull(vectorCache, "vectorCache");
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
        if (depth < 1 || depth > 10_000) {
            throw new IllegalArgumentException("depth must lie in 1..10000, was " + depth);
        }
    }

    public RetrieverOptions withBm25(Bm25Params params) {
        return new RetrieverOptions(params, models, fusion, denseWeight, depth, similarityFloor, vectorCache);
    }

    /** These settings without the similarity floor: every dense candidate matches. */
    public RetrieverOptions withoutSimilarityFloor() {
        return new RetrieverOptions(bm25, models, fusion, denseWeight, depth, false, vectorCache);
    }

    /** These settings with corpus vectors cached in {@code folder}. */
    public RetrieverOptions withVectorCache(Path folder) {
        return new RetrieverOptions(bm25, models, fusion, denseWeight, depth, similarityFloor, Optional.of(folder));
    }

    /** The folder corpus vectors are cached in. */
    Path vectorCacheDir() {
        return vectorCache.orElseGet(EvalVectorCache::defaultDir);
    }

    /** The first (or only) model. */
    public String model() {
        return models.getFirst();
    }

    /** This setting with one model only. */
    RetrieverOptions withModel(String model) {
        return new RetrieverOptions(bm25, List.of(model), fusion, denseWeight, depth, similarityFloor, vectorCache);
    }
}
