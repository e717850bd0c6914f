package dev.paperscope.search;

import java.util.List;

/**
 * The page of hits for a query, the number of matches ({@code totalExact == false}: at least that many),
 * the time taken and notes on the query.
 */
public record SearchResults(String query, long total, boolean totalExact, List<SearchHit> hits, double millis, List<String> notes) {
    public SearchResults {
        hits = List.copyOf(hits);
        notes = List.copyOf(notes);
    }
}
