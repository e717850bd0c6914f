package dev.paperscope.app;

import dev.paperscope.search.Facets;
import dev.paperscope.search.Matched;
import dev.paperscope.search.RetrieverUnavailableException;
import dev.paperscope.search.SearchHit;
import dev.paperscope.search.SearchResults;
import java.util.List;

/**
 * The searches beside the plain record search {@link Paperscope#search} ({@link Paperscope#searches()}):
 * one hit per work, facet counts over the matching set, and the ids of the hits. Each runs the same record
 * search, with the same retrievers, ties and paging.
 */
public final class Searches {
    private final Searching searching;

    Searches(Searching searching) {
        this.searching = searching;
    }

    /**
     * As {@link Paperscope#search(String, int, SearchOptions)}, with facet counts (at most
     * {@code facetsPerField} values per field; none for 0) over the same matching set the total counts.
     *
     * @throws RetrieverUnavailableException when the chosen retriever cannot run here (no vectors)
     */
    public Matched recordsFaceted(String query, int limit, SearchOptions options, int facetsPerField) {
        return searching.records(query, limit, options, facetsPerField);
    }

    /**
     * Facet counts (kind, venue, year, award, room, session, source file) over every record the query's
     * BM25 matches, at most {@code topPerField} values per field. For the facets of a search's own
     * matching set (dense and hybrid add their candidates), use {@link #recordsFaceted}.
     */
    public Facets facets(String query, int topPerField) {
        return searching.facets(query, topPerField);
    }

    /**
     * Searches as {@link Paperscope#search(String, int, SearchOptions)}, one hit per work: the hit's
     * {@code id} is the work id, its title the work's title, its {@code records} every record of the work
     * (those that matched first, in rank order), the rest from the work's best-matching record.
     * {@code total} counts matching records, not works. Ties and paging are as deterministic as the record
     * search.
     */
    public SearchResults works(String query, int limit, SearchOptions options) {
        return worksFaceted(query, limit, options, 0).results();
    }

    /**
     * As {@link #works}, with facet counts over the matching records (the set {@code total} counts; it does
     * not depend on the window the grouping reads).
     */
    public Matched worksFaceted(String query, int limit, SearchOptions options, int facetsPerField) {
        return searching.works(query, limit, options, facetsPerField);
    }

    /** The ids of a search's hits, best first (up to {@code limit}), for exporting a search as citations. */
    public List<String> ids(String query, int limit, SearchOptions options) {
        return recordsFaceted(query, limit, options, 0).results().hits().stream().map(SearchHit::id).toList();
    }
}
