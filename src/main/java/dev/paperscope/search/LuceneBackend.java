package dev.paperscope.search;

import dev.paperscope.index.SearchIndex;
import dev.paperscope.index.VectorSpace;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The embedded index behind {@link SearchBackend}: every search of the product on the embedded index runs
 * through it ({@code search.fusion.BackendRetrieval}). A search's reads ({@link #reading}) share one searcher,
 * one snapshot of the index ({@link LuceneSnapshot}): its document numbers serve every read of the search, so
 * the candidates that BM25 and the graph search found are scored, counted and shown by document number, never
 * looked up by id again, and no record vanishes between the ranking and the page. A read called on this
 * backend directly takes a snapshot of its own. Writes stay with the index itself, which follows the catalog
 * ({@link SearchIndex#catchUp}, {@link SearchIndex#rebuild}): this is no {@link BackendWriter}.
 */
public final class LuceneBackend implements SearchBackend {
    private final SearchIndex index;
    private final Bm25Search bm25;

    /** BM25 scores with {@code params} (the embedded index can score with any k1 and b at query time). */
    public LuceneBackend(SearchIndex index, Bm25Params params) {
        this.index = Objects.requireNonNull(index, "index");
        this.bm25 = new Bm25Search(Objects.requireNonNull(params, "params"));
    }

    @Override
    public <T> T reading(Function<SearchBackend, T> search) {
        return index.withSearcher(searcher -> search.apply(new LuceneSnapshot(searcher, bm25, index)));
    }

    @Override
    public long generation() {
        return index.generation();
    }

    @Override
    public Ranking bm25(String query, int k) {
        return reading(r -> r.bm25(query, k));
    }

    @Override
    public Map<String, Float> bm25Scores(String query, Collection<String> ids) {
        return ids.isEmpty() ? Map.of() : reading(r -> r.bm25Scores(query, ids));
    }

    @Override
    public Ranking knn(int model, float[] vector, int k, String query) {
        return reading(r -> r.knn(model, vector, k, query));
    }

    @Override
    public Map<String, Float> knnScores(int model, float[] vector, Collection<String> ids) {
        return ids.isEmpty() ? Map.of() : reading(r -> r.knnScores(model, vector, ids));
    }

    @Override
    public Facets facets(String query, Collection<String> extraIds, int topPerField) {
        return reading(r -> r.facets(query, extraIds, topPerField));
    }

    @Override
    public List<SearchHit> hits(String query, List<Ranked> page) {
        return page.isEmpty() ? List.of() : reading(r -> r.hits(query, page));
    }

    @Override
    public List<VectorSpace> vectorSpaces() {
        return index.vectorSpaces();
    }

    /** The embedded index's connection is the data folder's: closing this view leaves it open. */
    @Override
    public void close() {
    }
}
