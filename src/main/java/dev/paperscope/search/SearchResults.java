package dev.paperscope.search;

import java.util.List;
import java.util.stream.Stream;

/**
 * The page of hits for a query, the number of matches ({@code totalExact == false}: at least that many),
 * the time taken, notes on the query, and the names understood in its words ({@link Understood}).
 */
public record SearchResults(String query, long total, boolean totalExact, List<SearchHit> hits, double millis, List<String> notes,
        List<Understood> understood) {
    /** The most hits one page may ask for: beyond it a caller wants an export, not a search. */
    public static final int MAX_LIMIT = 10_000;

    /** Checks a requested page size, for every retriever alike. */
    public static int checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must lie in 1.." + MAX_LIMIT + ", was " + limit);
        }
        return limit;
    }

    public SearchResults {
        hits = List.copyOf(hits);
        notes = List.copyOf(notes);
        understood = List.copyOf(understood);
    }

    /** Results of a search that understood no names. */
    public SearchResults(String query, long total, boolean totalExact, List<SearchHit> hits, double millis, List<String> notes) {
        this(query, total, totalExact, hits, millis, notes, List.of());
    }

    /** The same results with {@code understood} as the names understood. */
    public SearchResults withUnderstood(List<Understood> understood) {
        return new SearchResults(query, total, totalExact, hits, millis, notes, understood);
    }

    /** The same results (query, counts, time, notes) with {@code hits} as the page. */
    public SearchResults withHits(List<SearchHit> hits) {
        return new SearchResults(query, total, totalExact, hits, millis, notes, understood);
    }

    /** The same results with {@code notes} in place of these notes. */
    public SearchResults withNotes(List<String> notes) {
        return new SearchResults(query, total, totalExact, hits, millis, notes, understood);
    }

    /** The same results with {@code note} after these notes. */
    public SearchResults withNote(String note) {
        return withNotes(Stream.concat(notes.stream(), Stream.of(note)).toList());
    }
}
