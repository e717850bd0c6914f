package dev.paperscope.app;

import dev.paperscope.index.SearchIndex;
import dev.paperscope.index.VectorSpace;
import dev.paperscope.search.Bm25Params;
import dev.paperscope.search.LuceneBackend;
import dev.paperscope.search.Matched;
import dev.paperscope.search.RetrieverUnavailableException;
import dev.paperscope.search.SearchBackend;
import dev.paperscope.search.SearchResults;
import dev.paperscope.search.fusion.BackendRetrieval;
import dev.paperscope.search.fusion.Fusion;
import dev.paperscope.search.fusion.ReciprocalRankFusion;
import dev.paperscope.search.fusion.ScoreFusion;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Picks the retriever for a search and runs it; a choice the user did not make is explained in a note. */
final class Retrieval {
    private final SearchIndex index;
    /** In index field order; empty when the data folder is opened without an embedding model. */
    private final List<LazyEmbedder> embedders;
    /** The records' OpenSearch index when the folder's backend is opensearch; null for the embedded index. */
    private final OpenSearchRecords remote;

    Retrieval(SearchIndex index, List<LazyEmbedder> embedders) {
        this(index, embedders, null);
    }

    Retrieval(SearchIndex index, List<LazyEmbedder> embedders, OpenSearchRecords remote) {
        this.index = index;
        this.embedders = List.copyOf(embedders);
        this.remote = remote;
    }

    SearchResults search(String query, int limit, SearchOptions options) {
        return search(query, limit, options, 0).results();
    }

    /**
     * The first {@code limit} hits of the chosen retriever's matching set, its exact size and, for
     * {@code facetsPerField > 0}, its facet counts, all from one set: BM25's Lucene matches; dense's
     * candidates above the model's similarity floor; hybrid's union of both. A query matching nothing
     * says so in a note.
     */
    Matched search(String query, int limit, SearchOptions options, int facetsPerField) {
        SearchBackend backend = remote == null ? null : remote.current();
        Optional<String> noVectors = whyNoVectors(backend == null ? index.vectorSpaces() : backend.vectorSpaces());
        Retriever chosen = options.retriever().orElse(noVectors.isEmpty() ? Retriever.HYBRID : Retriever.BM25);
        if (chosen != Retriever.BM25 && noVectors.isPresent()) {
            throw new RetrieverUnavailableException(chosen.name().toLowerCase(Locale.ROOT) + " retrieval needs vectors: " + noVectors.get());
        }
        Matched matched = through(backend == null ? new LuceneBackend(index, options.bm25()) : backend, chosen, query, limit, options,
                facetsPerField);
        SearchResults results = matched.results();
        if (options.retriever().isEmpty() && noVectors.isPresent()) {
            results = results.withNote("searched with BM25 only: " + noVectors.get());
        }
        if (results.total() == 0) {
            results = results.withNote(NO_MATCH);
        }
        return new Matched(results, matched.facets());
    }

    /**
     * The chosen retriever through {@link BackendRetrieval}, the one search path for the embedded index and
     * OpenSearch alike: the same candidates, scores and fusion.
     */
    private Matched through(SearchBackend backend, Retriever chosen, String query, int limit, SearchOptions options, int facetsPerField) {
        if (!(backend instanceof LuceneBackend) && !options.bm25().equals(Bm25Params.DEFAULT)) {
            throw new RetrieverUnavailableException("OpenSearch scores with the BM25 k1 and b its index was created with (k1 "
                    + Bm25Params.DEFAULT.k1() + ", b " + Bm25Params.DEFAULT.b() + "); other values need --backend lucene");
        }
        BackendRetrieval retrieval = new BackendRetrieval(backend, embedders);
        return switch (chosen) {
            case BM25 -> retrieval.bm25(query, limit, facetsPerField);
            case DENSE -> retrieval.dense(query, limit, facetsPerField);
            case HYBRID -> retrieval.hybrid(query, limit, fusion(options), facetsPerField);
        };
    }

    /** The note of a query that matches no record, in every retriever's results. */
    static final String NO_MATCH = "no records match this query";

    private Optional<String> whyNoVectors(List<VectorSpace> spaces) {
        return VectorNotes.whyNot(embedders, spaces, "index");
    }

    static Fusion fusion(SearchOptions options) {
        return switch (options.fusion()) {
            case RRF -> new ReciprocalRankFusion();
            case SCORE -> new ScoreFusion(options.denseWeight());
        };
    }
}
