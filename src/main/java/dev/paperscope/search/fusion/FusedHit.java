package dev.paperscope.search.fusion;

import dev.paperscope.search.SearchHit;
import java.util.Objects;

/**
 * A hit after fusion. {@code hit.score()} is the fused score as a float (ordering uses the exact
 * {@code score}), unless a re-ranker scored it anew; {@code bm25} and {@code dense} say where each retriever ranked it, and are null when
 * that retriever did not return it.
 */
public record FusedHit(SearchHit hit, double score, Contribution bm25, Contribution dense) {
    public FusedHit {
        Objects.requireNonNull(hit, "hit");
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("fused score must be finite, was " + score);
        }
        if (bm25 == null && dense == null) {
            throw new IllegalArgumentException("a fused hit comes from at least one retriever");
        }
    }

    public String id() {
        return hit.id();
    }
}
