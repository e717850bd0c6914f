package dev.paperscope.search;

import java.util.Objects;

/**
 * A page of results and the facet counts of the query's matching set, both taken from one searcher
 * (one snapshot of the index), so the facets count exactly the records the total counts.
 * {@link Facets#NONE} when facets were not asked for.
 */
public record Matched(SearchResults results, Facets facets) {
    public Matched {
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(facets, "facets");
    }
}
