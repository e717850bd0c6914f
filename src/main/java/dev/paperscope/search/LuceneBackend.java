package dev.paperscope.search;

import dev.paperscope.catalog.ResolvedRecord;
import dev.paperscope.index.IndexSchema;
import dev.paperscope.index.SearchIndex;
import dev.paperscope.index.VectorSpace;
import dev.paperscope.search.dense.ExactScores;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * The embedded index read through {@link SearchBackend}: each call runs on one searcher (one snapshot of the
 * index) and maps record ids to its document numbers. Writes stay with the index itself, which follows the
 * catalog ({@link SearchIndex#catchUp}, {@link SearchIndex#rebuild}): a record cannot be written here.
 * The product's embedded hybrid search keeps running both signals on one shared searcher
 * ({@code search.fusion.HybridSearch}); this view gives the same figures through the interface
 * ({@code BackendRetrievalTest}).
 */
public final class LuceneBackend implements SearchBackend {
    private final SearchIndex index;
    private final Bm25Search bm25;

    public LuceneBackend(SearchIndex index, Bm25Params params) {
        this.index = Objects.requireNonNull(index, "index");
        this.bm25 = new Bm25Search(index, params);
    }

    @Override
    public void upsert(List<ResolvedRecord> records, List<Map<String, float[]>> vectorsByModel) {
        throw new UnsupportedOperationException("the embedded index is written from the catalog (SearchIndex.catchUp), not record by record");
    }

    @Override
    public void deleteFile(String file) {
        throw new UnsupportedOperationException("the embedded index is written from the catalog (SearchIndex.catchUp), not file by file");
    }

    @Override
    public void commit(long catalogGeneration) {
        throw new UnsupportedOperationException("the embedded index commits as it catches up with the catalog");
    }

    @Override
    public long generation() {
        return index.generation();
    }

    @Override
    public Ranking bm25(String query, int k) {
        Ranking ranking = bm25.ranking(query, k);
        if (ranking.totalExact()) {
            return ranking;
        }
        long total = index.withSearcher(s -> bm25.lexical(s, query, 1).count());
        return new Ranking(ranking.ranked(), total, true, ranking.notes());
    }

    @Override
    public Map<String, Float> bm25Scores(String query, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return index.withSearcher(searcher -> {
            Map<Integer, String> docs = docs(searcher, ids);
            Map<String, Float> scores = new LinkedHashMap<>();
            bm25.lexical(searcher, query, 1).scoresOf(docs.keySet().stream().mapToInt(Integer::intValue).toArray())
                    .forEach((doc, score) -> scores.put(docs.get(doc), score));
            return scores;
        });
    }

    @Override
    public Ranking knn(int model, float[] vector, int k, String query) {
        SearchResults.checkLimit(k);
        QueryParts parts = query == null || query.isBlank() ? null : QueryParts.of(query);
        return index.withSearcher(searcher -> {
            TopDocs top = searcher.search(new KnnFloatVectorQuery(IndexSchema.vectorField(model), vector, k,
                    parts == null ? null : parts.filter().orElse(null)), k);
            String[] ids = Hits.idsOf(searcher, java.util.Arrays.stream(top.scoreDocs).mapToInt(d -> d.doc).toArray());
            List<Ranked> ranked = new ArrayList<>(ids.length);
            for (int i = 0; i < ids.length; i++) {
                ranked.add(new Ranked(ids[i], top.scoreDocs[i].score));
            }
            return new Ranking(ranked, ranked.size(), true, parts == null ? List.of() : parts.notes());
        });
    }

    @Override
    public Map<String, Float> knnScores(int model, float[] vector, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return index.withSearcher(searcher -> {
            Map<Integer, String> docs = docs(searcher, ids);
            int[] numbers = docs.keySet().stream().mapToInt(Integer::intValue).toArray();
            float[] scores = ExactScores.of(searcher, IndexSchema.vectorField(model), vector, numbers);
            Map<String, Float> out = new LinkedHashMap<>();
            for (int i = 0; i < numbers.length; i++) {
                if (!Float.isNaN(scores[i])) {
                    out.put(docs.get(numbers[i]), scores[i]);
                }
            }
            return out;
        });
    }

    @Override
    public Facets facets(String query, Collection<String> extraIds, int topPerField) {
        return index.withSearcher(searcher -> query == null
                ? Facets.count(searcher, MatchSets.ids(extraIds), topPerField)
                : bm25.lexical(searcher, query, 1).facets(extraIds, topPerField));
    }

    @Override
    public List<SearchHit> hits(String query, List<Ranked> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        return index.withSearcher(searcher -> {
            Map<String, Integer> byId = new HashMap<>();
            docs(searcher, page.stream().map(Ranked::id).toList()).forEach((doc, id) -> byId.put(id, doc));
            ScoreDoc[] docs = new ScoreDoc[page.size()];
            for (int i = 0; i < docs.length; i++) {
                Integer doc = byId.get(page.get(i).id());
                if (doc == null) {
                    throw new IllegalStateException("record " + page.get(i).id() + " is not in the index");
                }
                docs[i] = new ScoreDoc(doc, page.get(i).score());
            }
            return bm25.lexical(searcher, query, 1).hits(docs);
        });
    }

    @Override
    public List<VectorSpace> vectorSpaces() {
        return index.vectorSpaces();
    }

    /** The document numbers of {@code ids} on {@code searcher} (records not in the index are left out). */
    private static Map<Integer, String> docs(IndexSearcher searcher, Collection<String> ids) throws IOException {
        TopDocs found = searcher.search(MatchSets.ids(ids), Math.max(1, ids.size()));
        int[] numbers = java.util.Arrays.stream(found.scoreDocs).mapToInt(d -> d.doc).toArray();
        String[] names = Hits.idsOf(searcher, numbers);
        Map<Integer, String> out = new LinkedHashMap<>();
        for (int i = 0; i < numbers.length; i++) {
            out.put(numbers[i], names[i]);
        }
        return out;
    }

    /** The embedded index's connection is the data folder's: closing this view leaves it open. */
    @Override
    public void close() {
    }
}
