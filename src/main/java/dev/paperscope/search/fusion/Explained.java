package dev.paperscope.search.fusion;

import dev.paperscope.search.Facets;
import dev.paperscope.search.SearchResults;
import java.util.List;
import java.util.Objects;

/**
 * A hybrid search's results page, for each hit on it where BM25 and dense retrieval ranked it and the
 * fused score, and the facets of the matching set ({@link Facets#NONE} unless asked for).
 */
public record Explained(SearchResults results, List<FusedHit> fused, Facets facets) {
    public Explained {
        Objects.requireNonNull(results, "results");
        fused = List.copyOf(fused);
        Objects.requireNonNull(facets, "facets");
    }
}
