package dev.paperscope.search.fusion;

import dev.paperscope.search.SearchHit;
import java.util.Objects;

/**
 * A results-page hit after fusion. {@code hit.score()} is the fused score as a float (ordering uses the
 * exact {@code fused.score()}), unless a re-ranker scored it anew; {@code fused} says where each retriever
 * ranked it.
 */
public record FusedHit(SearchHit hit, Fused fused) {
    public FusedHit {
        Objects.requireNonNull(hit, "hit");
        Objects.requireNonNull(fused, "fused");
        if (!hit.id().equals(fused.id())) {
            throw new IllegalArgumentException("hit " + hit.id() + " is not the fused id " + fused.id());
        }
    }

    public String id() {
        return hit.id();
    }
}
