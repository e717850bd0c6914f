package dev.paperscope.search;

import dev.paperscope.index.VectorSpace;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What search reads from an index, so the embedded Lucene index and an OpenSearch cluster can stand behind
 * the same search (issue 18; docs/DECISIONS.md, "A search backend interface"). Either is derived from the
 * catalog and rebuilt from it. Implemented by the embedded index ({@link LuceneBackend}, reads) and by OpenSearch
 * ({@code search.opensearch.OpenSearchBackend}); {@code search.fusion.BackendRetrieval} runs BM25, dense and hybrid
 * retrieval (the same candidates, the same per-signal scores, the same fusion) over either: it is the only
 * search path of the product. Record ids, never engine document numbers, cross it. Writes are apart
 * ({@link BackendWriter}): only a backend filled record by record from the catalog (OpenSearch) has them.
 */
public interface SearchBackend extends AutoCloseable {
    /**
     * Runs one search's reads: {@code search} is given the reads to call, on one state of the index where the
     * backend can hold one (the embedded index: one searcher, whose document numbers serve all the search's
     * reads; {@link LuceneBackend}), and may call them from two threads at once. The reads given are valid
     * only inside {@code search}. By default, this backend itself, each read seeing the index as it is then.
     */
    default <T> T reading(Function<SearchBackend, T> search) {
        return search.apply(this);
    }

    /** The catalog generation the index reflects; -1 when it has none (never built, or unreadable). */
    long generation();

    /** The BM25 top {@code k} of a query in the query language, ties by record id, with the exact count of matches. */
    Ranking bm25(String query, int k);

    /** The BM25 scores of the given records for a query (records it does not match are left out): fusion scores candidates by every signal. */
    Map<String, Float> bm25Scores(String query, Collection<String> ids);

    /**
     * The {@code k} records nearest {@code vector} in the {@code model}-th model's space that the query's
     * filters admit (its fields, ranges, kinds, exclusions; its free words do not filter), best first.
     */
    Ranking knn(int model, float[] vector, int k, String query);

    /**
     * The exact scores of the given records against {@code vector} in the {@code model}-th model's space, as
     * {@link #knn} scores them ({@code (1 + cos) / 2}); a record without a vector of that model is left out.
     */
    Map<String, Float> knnScores(int model, float[] vector, Collection<String> ids);

    /**
     * Facet counts over the records {@code query} matches (none when it is null) and the records with ids
     * {@code extraIds}, at most {@code topPerField} values per field, most frequent first, ties by value.
     */
    Facets facets(String query, Collection<String> extraIds, int topPerField);

    /** Results-page hits for {@code page}, in its order with its scores, snippets marking {@code query}'s words. */
    List<SearchHit> hits(String query, List<Ranked> page);

    /** The embedding models whose vectors the index holds, in field order. */
    List<VectorSpace> vectorSpaces();

    @Override
    void close();
}
