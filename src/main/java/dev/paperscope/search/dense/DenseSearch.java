package dev.paperscope.search.dense;

import dev.paperscope.index.IndexSchema;
import dev.paperscope.index.SearchIndex;
import dev.paperscope.index.VectorSpace;
import dev.paperscope.search.Hits;
import dev.paperscope.search.QueryParts;
import dev.paperscope.search.SearchHit;
import dev.paperscope.search.SearchResults;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Nearest-neighbour search over the index's passage vectors. The query's free text is embedded; its
 * fields, ranges, kinds and exclusions become the k-NN filter, so they restrict candidates before the
 * graph search rather than after it. Scores are Lucene's dot-product scores, {@code (1 + cos) / 2};
 * ties are ordered by record id. Every admitted record with a vector is a match, so the total is the
 * number of hits returned, exact only when fewer than asked for. Safe for concurrent use when the
 * embedder is.
 */
public final class DenseSearch {
    private final SearchIndex index;
    private final Embedder embedder;
    private final Analyzer analyzer = IndexSchema.analyzer();

    public DenseSearch(SearchIndex index, Embedder embedder) {
        this.index = index;
        this.embedder = embedder;
    }

    public SearchResults search(String queryText, int limit) {
        return search(queryText, limit, true);
    }

    /** As {@link #search}, but every snippet is the abstract's opening: for candidates that fusion mostly discards. */
    public SearchResults candidates(String queryText, int limit) {
        return search(queryText, limit, false);
    }

    private SearchResults search(String queryText, int limit, boolean highlight) {
        SearchResults.checkLimit(limit);
        long t0 = System.nanoTime();
        QueryParts parts = QueryParts.of(queryText);
        if (parts.freeText().isBlank()) {
            List<String> notes = new ArrayList<>(parts.notes());
            notes.add("dense retrieval ranks by free text, and the query has none");
            return new SearchResults(queryText, 0, true, List.of(), (System.nanoTime() - t0) / 1e6, notes);
        }
        List<SearchHit> hits = index.withSearcher(searcher -> {
            requireSameSpace(VectorSpace.of(searcher.getIndexReader()));
            float[] vector = embedder.embedQueries(List.of(parts.freeText())).getFirst();
            KnnFloatVectorQuery knn = new KnnFloatVectorQuery(IndexSchema.VECTOR, vector, limit, parts.filter().orElse(null));
            TopDocs top = searcher.search(knn, limit);
            // Where the abstract contains query words, they are marked as BM25 would mark them.
            return highlight ? Hits.inScoreOrder(searcher, analyzer, parts.lexical(), top) : Hits.inScoreOrder(searcher, top);
        });
        return new SearchResults(queryText, hits.size(), hits.size() < limit, hits, (System.nanoTime() - t0) / 1e6, parts.notes());
    }

    /** Query vectors from one model are meaningless against passage vectors from another. */
    private void requireSameSpace(Optional<VectorSpace> indexed) {
        VectorSpace space = indexed.orElseThrow(() -> new IllegalStateException(
                "the index holds no vectors: open the data folder with an embedding model to build them"));
        if (!space.modelId().equals(embedder.modelId()) || space.dimension() != embedder.dimension()) {
            throw new IllegalStateException("the index vectors come from " + space.modelId() + " (" + space.dimension()
                    + " dimensions), the query embedder is " + embedder.modelId() + " (" + embedder.dimension() + ")");
        }
    }
}
