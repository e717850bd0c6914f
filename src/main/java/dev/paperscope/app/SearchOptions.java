package dev.paperscope.app;

import dev.paperscope.search.Bm25Params;
import dev.paperscope.search.fusion.ScoreFusion;
import java.util.Objects;
import java.util.Optional;

/**
 * How to search. An empty {@code retriever} chooses hybrid when the data folder has vectors and BM25
 * otherwise. {@code denseWeight} applies to {@link FusionMethod#SCORE} only.
 */
public record SearchOptions(Bm25Params bm25, Optional<Retriever> retriever, FusionMethod fusion, double denseWeight) {
    public static final SearchOptions DEFAULT =
            new SearchOptions(Bm25Params.DEFAULT, Optional.empty(), FusionMethod.SCORE, ScoreFusion.DEFAULT_DENSE_WEIGHT);

    public SearchOptions {
        Objects.requireNonNull(bm25, "bm25");
        Objects.requireNonNull(retriever, "retriever");
        Objects.requireNonNull(fusion, "fusion");
        new ScoreFusion(denseWeight); // validates the weight with the fusion's own rule
    }

    public SearchOptions withBm25(Bm25Params params) {
        return new SearchOptions(params, retriever, fusion, denseWeight);
    }

    public SearchOptions withRetriever(Retriever chosen) {
        return new SearchOptions(bm25, Optional.of(chosen), fusion, denseWeight);
    }

    public SearchOptions withFusion(FusionMethod method, double weight) {
        return new SearchOptions(bm25, retriever, method, weight);
    }
}
