package dev.paperscope.search;

import dev.paperscope.index.IndexSchema;
import dev.paperscope.index.SearchIndex;
import dev.paperscope.index.VectorSpace;
import dev.paperscope.search.dense.ExactScores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * One search's reads of the embedded index on one searcher ({@link LuceneBackend#reading}). What the engine
 * does natively stays native: BM25 is ranked and counted by Lucene ({@link Bm25Search}), k-NN is Lucene's
 * HNSW search with the query's filters as its filter (Lucene picks exact or graph search for a filter), exact
 * vector scores read the stored vectors ({@link ExactScores}), and the documents BM25 and k-NN returned keep
 * their document numbers here, so scoring the candidates by the other signal, counting facets and reading
 * the page's stored fields need no id lookup (a record id not met yet is looked up once). A query's BM25
 * (its Lucene query and names understood) is built once per search and reused by every read of it. Holds
 * only what the search met (candidates and pages, never the corpus). Safe for the concurrent reads of one
 * search (BM25 on one thread beside the query embedding and k-NN on another).
 */
final class LuceneSnapshot implements SearchBackend {
    private final IndexSearcher searcher;
    private final Bm25Search bm25;
    private final SearchIndex index;
    /** The query's BM25 as ranked or prepared on this searcher, by query text. */
    private final Map<String, Bm25Search.Lexical> lexicals = new ConcurrentHashMap<>();
    /** Document numbers on this searcher of the records met, by record id. */
    private final Map<String, Integer> docs = new ConcurrentHashMap<>();

    LuceneSnapshot(IndexSearcher searcher, Bm25Search bm25, SearchIndex index) {
        this.searcher = searcher;
        this.bm25 = bm25;
        this.index = index;
    }

    @Override
    public <T> T reading(Function<SearchBackend, T> search) {
        return search.apply(this);
    }

    @Override
    public Ranking bm25(String query, int k) {
        SearchResults.checkLimit(k);
        return io(() -> {
            Bm25Search.Lexical lexical = bm25.lexical(searcher, query, k);
            lexicals.put(query, lexical);
            List<Ranked> ranked = met(lexical.top());
            return new Ranking(ranked, lexical.count(), true, lexical.notes(), lexical.understood());
        });
    }

    @Override
    public Map<String, Float> bm25Scores(String query, Collection<String> ids) {
        return io(() -> {
            Map<Integer, String> numbers = numbers(ids);
            Map<String, Float> scores = new LinkedHashMap<>();
            lexical(query).scoresOf(numbers.keySet().stream().mapToInt(Integer::intValue).toArray())
                    .forEach((doc, score) -> scores.put(numbers.get(doc), score));
            return scores;
        });
    }

    @Override
    public Ranking knn(int model, float[] vector, int k, String query) {
        SearchResults.checkLimit(k);
        QueryParts parts = query == null || query.isBlank() ? null : QueryParts.of(query);
        return io(() -> {
            TopDocs top = searcher.search(new KnnFloatVectorQuery(IndexSchema.vectorField(model), vector, k,
                    parts == null ? null : parts.filter().orElse(null)), k);
            List<Ranked> ranked = met(top);
            return new Ranking(ranked, ranked.size(), true, parts == null ? List.of() : parts.notes());
        });
    }

    @Override
    public Map<String, Float> knnScores(int model, float[] vector, Collection<String> ids) {
        return io(() -> {
            Map<Integer, String> numbers = numbers(ids);
            int[] order = numbers.keySet().stream().mapToInt(Integer::intValue).toArray();
            float[] scores = ExactScores.of(searcher, IndexSchema.vectorField(model), vector, order);
            Map<String, Float> out = new LinkedHashMap<>();
            for (int i = 0; i < order.length; i++) {
                if (!Float.isNaN(scores[i])) {
                    out.put(numbers.get(order[i]), scores[i]);
                }
            }
            return out;
        });
    }

    @Override
    public Facets facets(String query, Collection<String> extraIds, int topPerField) {
        return io(() -> query == null ? Facets.count(searcher, MatchSets.ids(extraIds), topPerField)
                : lexical(query).facets(extraIds, topPerField));
    }

    /** Snippets mark the query's words with its BM25 query where BM25 ran in this search, else with its words alone. */
    @Override
    public List<SearchHit> hits(String query, List<Ranked> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        return io(() -> {
            Map<Integer, String> numbers = numbers(page.stream().map(Ranked::id).toList());
            ScoreDoc[] ordered = new ScoreDoc[page.size()];
            for (int i = 0; i < ordered.length; i++) {
                Integer doc = docs.get(page.get(i).id());
                if (doc == null || !numbers.containsKey(doc)) {
                    throw new IllegalStateException("record " + page.get(i).id() + " is not in the index");
                }
                ordered[i] = new ScoreDoc(doc, page.get(i).score());
            }
            Bm25Search.Lexical lexical = lexicals.get(query);
            return (lexical != null ? lexical : bm25.highlighting(searcher, query)).hits(ordered);
        });
    }

    /** The snapshot's own models: query vectors are checked against the vectors this searcher reads. */
    @Override
    public List<VectorSpace> vectorSpaces() {
        return io(() -> VectorSpace.of(searcher.getIndexReader()));
    }

    @Override
    public long generation() {
        return index.generation();
    }

    /** The query's BM25 on this searcher: as ranked in this search, or built now (names understood, not ranked). */
    private Bm25Search.Lexical lexical(String query) {
        return lexicals.computeIfAbsent(query, q -> bm25.prepare(searcher, q));
    }

    /** A ranking's documents as ranked ids, each one's document number noted. */
    private List<Ranked> met(TopDocs top) throws IOException {
        int[] numbers = new int[top.scoreDocs.length];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = top.scoreDocs[i].doc;
        }
        String[] ids = Hits.idsOf(searcher, numbers);
        List<Ranked> ranked = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            docs.putIfAbsent(ids[i], numbers[i]);
            ranked.add(new Ranked(ids[i], top.scoreDocs[i].score));
        }
        return ranked;
    }

    /**
     * Record ids by document number for {@code ids}, in the given order: those met already from the
     * snapshot's notes, the others looked up (records not in the index are left out).
     */
    private Map<Integer, String> numbers(Collection<String> ids) throws IOException {
        List<String> unknown = new ArrayList<>();
        for (String id : ids) {
            if (!docs.containsKey(id)) {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            TopDocs found = searcher.search(MatchSets.ids(unknown), unknown.size());
            met(found);
        }
        Map<Integer, String> out = new LinkedHashMap<>();
        for (String id : ids) {
            Integer doc = docs.get(id);
            if (doc != null) {
                out.putIfAbsent(doc, id);
            }
        }
        return out;
    }

    /** The searcher belongs to the search that acquired it ({@link LuceneBackend#reading} releases it). */
    @Override
    public void close() {
    }

    private interface Read<T> {
        T run() throws IOException;
    }

    private static <T> T io(Read<T> read) {
        try {
            return read.run();
        } catch (IOException e) {
            throw new UncheckedIOException("search failed: " + e.getMessage(), e);
        }
    }
}
