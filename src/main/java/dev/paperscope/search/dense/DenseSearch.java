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
import java.util.Comparator;
import java.io.IOException;
import dev.paperscope.search.Ranked;
import dev.paperscope.search.Ranking;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
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
    private static final Comparator<Ranked> BEST_FIRST =
            Comparator.comparingDouble((Ranked r) -> -r.score()).thenComparing(Ranked::id);
    private final SearchIndex index;
    private final Embedder embedder;
    private final Analyzer analyzer = IndexSchema.analyzer();

    public DenseSearch(SearchIndex index, Embedder embedder) {
        this.index = index;
        this.embedder = embedder;
    }

    public SearchResults search(String queryText, int limit) {
        SearchResults.checkLimit(limit);
        long t0 = System.nanoTime();
        QueryParts parts = QueryParts.of(queryText);
        if (parts.freeText().isBlank()) {
            return new SearchResults(queryText, 0, true, List.of(), (System.nanoTime() - t0) / 1e6, noFreeText(parts));
        }
        List<SearchHit> hits = index.withSearcher(searcher -> {
            // Where the abstract contains query words, they are marked as BM25 would mark them.
            return Hits.inScoreOrder(searcher, analyzer, parts.lexical(), nearest(searcher, parts, limit));
        });
        return new SearchResults(queryText, hits.size(), hits.size() < limit, hits, (System.nanoTime() - t0) / 1e6, parts.notes());
    }

    /**
     * The ranking alone, as ids and scores (best first, ties by id): for candidates that fusion mostly
     * discards, so no stored field is read.
     */
    public Ranking ranking(String queryText, int limit) {
        SearchResults.checkLimit(limit);
        QueryParts parts = QueryParts.of(queryText);
        if (parts.freeText().isBlank()) {
            return new Ranking(List.of(), 0, true, noFreeText(parts));
        }
        List<Ranked> ranked = index.withSearcher(searcher -> {
            TopDocs top = nearest(searcher, parts, limit);
            List<Ranked> out = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc d : top.scoreDocs) {
                out.add(new Ranked(Hits.idOf(searcher, d.doc), d.score));
            }
            out.sort(BEST_FIRST);
            return out;
        });
        return new Ranking(ranked, ranked.size(), ranked.size() < limit, parts.notes());
    }

    private TopDocs nearest(IndexSearcher searcher, QueryParts parts, int limit) throws IOException {
        requireSameSpace(VectorSpace.of(searcher.getIndexReader()));
        float[] vector = embedder.embedQueries(List.of(parts.freeText())).getFirst();
        KnnFloatVectorQuery knn = new KnnFloatVectorQuery(IndexSchema.VECTOR, vector, limit, parts.filter().orElse(null));
        return searcher.search(knn, limit);
    }

    private static List<String> noFreeText(QueryParts parts) {
        List<String> notes = new ArrayList<>(parts.notes());
        notes.add("dense retrieval ranks by free text, and the query has none");
        return notes;
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
