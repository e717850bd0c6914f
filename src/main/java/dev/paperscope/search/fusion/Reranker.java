package dev.paperscope.search.fusion;

import dev.paperscope.search.SearchHit;
import java.util.List;

/**
 * A stage after fusion that may reorder the best hits with a costlier model (a cross-encoder, say).
 * It returns the same hits, in its order; it must not add hits or drop them.
 */
@FunctionalInterface
public interface Reranker {
    /** Keeps the fused order. */
    Reranker IDENTITY = (query, hits) -> hits;

    List<SearchHit> rerank(String query, List<SearchHit> hits);
}
