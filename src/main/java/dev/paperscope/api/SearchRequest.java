package dev.paperscope.api;

import dev.paperscope.app.FusionMethod;
import dev.paperscope.app.Retriever;
import dev.paperscope.app.SearchOptions;
import dev.paperscope.search.QuerySyntax;
import dev.paperscope.search.SearchHit;
import dev.paperscope.search.SearchResults;
import dev.paperscope.search.fusion.ScoreFusion;
import io.javalin.http.Context;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One search as the API and the search page both take it: the query, filters that narrow it (each
 * becomes a clause of the query syntax, so filters and typed clauses behave the same), the retriever
 * the page, and the grouping (one hit per work, the default, or per source record). The one place where
 * request parameters become a search.
 */
public record SearchRequest(String q, Map<String, String> filters, Optional<Retriever> retriever, FusionMethod fusion,
                            double denseWeight, int offset, int limit, Grouping grouping) {
    /** What one hit stands for: a work (with every record behind it) or one source record. */
    public enum Grouping {
        WORKS, RECORDS;

        public String externalName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    /** Deepest page: offset + limit hits are ranked for every page, so the depth is bounded. */
    public static final int MAX_DEPTH = 1_000;
    /** Filter parameters, in the order they are added to the query; each names a field of the query syntax. */
    public static final List<String> FILTERS = List.of("kind", "venue", "year", "award", "room", "session", "source");

    public SearchRequest {
        Objects.requireNonNull(q, "q");
        filters = Collections.unmodifiableMap(new LinkedHashMap<>(filters));
        Objects.requireNonNull(retriever, "retriever");
        Objects.requireNonNull(fusion, "fusion");
        Objects.requireNonNull(grouping, "grouping");
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT || offset + limit > MAX_DEPTH) {
            throw ApiException.badRequest("page out of range: offset " + offset + ", limit " + limit
                    + " (limit 1.." + MAX_LIMIT + ", offset + limit at most " + MAX_DEPTH + ")");
        }
    }

    /**
     * Reads {@code q}, the filters, {@code retriever}, {@code fusion}, {@code dense_weight}, {@code offset},
     * {@code limit} and {@code grouping} ({@code works} unless asked otherwise).
     */
    public static SearchRequest from(Context ctx) {
        Params p = Params.of(ctx);
        Map<String, String> filters = new LinkedHashMap<>();
        for (String name : FILTERS) {
            p.text(name).map(QuerySyntax::filterValue).filter(v -> !v.isEmpty()).ifPresent(v -> filters.put(name, v));
        }
        String q = p.text("q").orElse("");
        if (q.isEmpty() && filters.isEmpty()) {
            throw ApiException.badRequest("parameter q is required (or at least one filter: " + String.join(", ", FILTERS) + ")");
        }
        return new SearchRequest(q, filters, p.choice("retriever", Retriever.class),
                p.choice("fusion", FusionMethod.class).orElse(FusionMethod.SCORE),
                p.decimal("dense_weight", ScoreFusion.DEFAULT_DENSE_WEIGHT, 0, 1),
                p.integer("offset", 0, 0, MAX_DEPTH - 1), p.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT),
                p.choice("grouping", Grouping.class).orElse(Grouping.WORKS));
    }

    /** The query with every filter added as a clause, e.g. {@code diffusion venue:"ICML 2022"}. */
    public String effectiveQuery() {
        return QuerySyntax.withFilters(q, filters);
    }

    public SearchOptions options() {
        SearchOptions options = SearchOptions.DEFAULT.withFusion(fusion, denseWeight);
        return retriever.map(options::withRetriever).orElse(options);
    }

    /** The same search on another page. */
    /** The same search with {@code newQ} as its query, from the first page. */
    public SearchRequest withQuery(String newQ) {
        return new SearchRequest(newQ, filters, retriever, fusion, denseWeight, 0, limit, grouping);
    }

    public SearchRequest atOffset(int newOffset) {
        return new SearchRequest(q, filters, retriever, fusion, denseWeight, newOffset, limit, grouping);
    }

    /** The same search with other filters, from the first page. */
    public SearchRequest withFilters(Map<String, String> newFilters) {
        return new SearchRequest(q, newFilters, retriever, fusion, denseWeight, 0, limit, grouping);
    }

    /** The same search in another grouping, from the first page (a page of works is not a page of records). */
    public SearchRequest withGrouping(Grouping newGrouping) {
        return new SearchRequest(q, filters, retriever, fusion, denseWeight, 0, limit, newGrouping);
    }

    /** Hits to rank for this page: one beyond it, so the page knows whether another follows. */
    public int rankDepth() {
        return offset + limit + 1;
    }

    /** Results of this page: the facade ranks {@link #rankDepth()} hits and this keeps those from offset, at most limit. */
    public SearchResults page(SearchResults ranked) {
        List<SearchHit> hits = ranked.hits();
        List<SearchHit> page = offset >= hits.size() ? List.of()
                : hits.subList(offset, Math.min(hits.size(), offset + limit));
        return ranked.withHits(page);
    }
}
