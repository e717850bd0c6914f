package dev.paperscope.eval;

import dev.paperscope.search.dense.EmbeddingProgress;
import java.util.List;

/** Builds the product's recommending library over a corpus ({@code app.ProductRecommender#FACTORY}), as {@link RetrieverFactory} does for search. */
@FunctionalInterface
public interface RecommenderFactory {
    RecommendingLibrary open(List<BeirDoc> corpus, EmbeddingProgress progress);
}
