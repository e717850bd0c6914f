package dev.paperscope.search.dense;

import dev.paperscope.index.IndexSchema;
import dev.paperscope.index.SearchIndex;
import dev.paperscope.index.VectorSpace;
import dev.paperscope.search.Hits;
import dev.paperscope.search.QueryParts;
import dev.paperscope.search.Ranked;
import dev.paperscope.search.Ranking;
import dev.paperscope.search.SearchHit;
import dev.paperscope.search.SearchResults;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;

/**
 * Nearest-neighbour search over the index's passage vectors, of one embedding model or of two (an
 * ensemble, {@link ModelScores}). The query's free text is embedded by each model; its fields, ranges,
 * kinds and exclusions become the k-NN filter, so they restrict candidates before the graph search rather
 * than after it. Each model's graph gives its top k; every candidate is then scored exactly by every model
 * (a k-NN search restricted to the candidates, which Lucene answers exactly), and the models' scores are
 * combined. One model's scores are Lucene's dot-product scores, {@code (1 + cos) / 2}. Ties are ordered
 * by record id. Every admitted record with a vector is a match, so the total is the number of hits
 * returned, exact only when fewer than asked for. Safe for concurrent use when the embedders are.
 */
public final class DenseSearch {
    private final SearchIndex index;
    private final List<Embedder> embedders;
    private final Analyzer analyzer = IndexSchema.analyzer();

    public DenseSearch(SearchIndex index, Embedder embedder) {
        this(index, List.of(embedder));
    }

    /** {@code embedders} in the index's field order: the {@code i}-th embeds queries for {@link IndexSchema#vectorField vectorField(i)}. */
    public DenseSearch(SearchIndex index, List<Embedder> embedders) {
        this.index = Objects.requireNonNull(index, "index");
        this.embedders = List.copyOf(embedders);
        if (this.embedders.isEmpty() || this.embedders.size() > IndexSchema.MAX_VECTOR_MODELS) {
            throw new IllegalArgumentException("dense search takes 1.." + IndexSchema.MAX_VECTOR_MODELS + " embedders, not " + embedders.size());
        }
    }

    public SearchResults search(String queryText, int limit) {
        SearchResults.checkLimit(limit);
        long t0 = System.nanoTime();
        QueryParts parts = QueryParts.of(queryText);
        if (parts.freeText().isBlank()) {
            return new SearchResults(queryText, 0, true, List.of(), (System.nanoTime() - t0) / 1e6, noFreeText(parts));
        }
        List<SearchHit> hits = index.withSearcher(searcher -> {
            Candidates found = candidates(searcher, parts, limit, List.of());
            List<Ranked> top = found.scores().ranked();
            top = top.subList(0, Math.min(limit, top.size()));
            ScoreDoc[] docs = top.stream().map(r -> new ScoreDoc(found.docs().get(r.id()), r.score())).toArray(ScoreDoc[]::new);
            // Where the abstract contains query words, they are marked as BM25 would mark them.
            return Hits.inScoreOrder(searcher, analyzer, parts.lexical(), new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs));
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
        List<Ranked> ranked = index.withSearcher(searcher -> candidates(searcher, parts, limit, List.of()).scores().ranked());
        ranked = ranked.subList(0, Math.min(limit, ranked.size()));
        return new Ranking(ranked, ranked.size(), ranked.size() < limit, parts.notes());
    }

    /**
     * Each model's top {@code k} for the query, together with the records {@code alsoScore} names (another
     * retriever's candidates), every one scored exactly by every model. Hybrid search fuses these, so no
     * candidate lacks a dense score merely because it fell outside a graph search's top k. Records the
     * query's filters exclude, or that have no vectors, are left out.
     *
     * @return the scores, and whether every model returned fewer than {@code k} (then the candidates are all matches)
     */
    public Scored scores(String queryText, int k, Collection<String> alsoScore) {
        SearchResults.checkLimit(k);
        QueryParts parts = QueryParts.of(queryText);
        if (parts.freeText().isBlank()) {
            return new Scored(new ModelScores(List.of(), embedders.stream().map(e -> Map.<String, Float>of()).toList()), true, noFreeText(parts));
        }
        Candidates found = index.withSearcher(searcher -> candidates(searcher, parts, k, alsoScore));
        return new Scored(found.scores(), found.exhausted(), parts.notes());
    }

    /** Dense scores of a query's candidates, whether the graph searches ran dry, and notes on the query. */
    public record Scored(ModelScores scores, boolean exhausted, List<String> notes) {
        public Scored {
            Objects.requireNonNull(scores, "scores");
            notes = List.copyOf(notes);
        }
    }

    private record Candidates(ModelScores scores, Map<String, Integer> docs, boolean exhausted) {
    }

    private Candidates candidates(IndexSearcher searcher, QueryParts parts, int k, Collection<String> alsoScore) throws IOException {
        requireSameSpaces(VectorSpace.of(searcher.getIndexReader()));
        Query filter = parts.filter().orElse(null);
        List<float[]> vectors = queryVectors(parts.freeText());
        Map<String, Integer> docs = new LinkedHashMap<>();
        boolean exhausted = true;
        for (int m = 0; m < embedders.size(); m++) {
            TopDocs top = searcher.search(new KnnFloatVectorQuery(IndexSchema.vectorField(m), vectors.get(m), k, filter), k);
            exhausted &= top.scoreDocs.length < k;
            for (ScoreDoc d : top.scoreDocs) {
                docs.putIfAbsent(Hits.idOf(searcher, d.doc), d.doc);
            }
        }
        List<String> wanted = new ArrayList<>(docs.keySet());
        alsoScore.stream().filter(id -> !docs.containsKey(id)).distinct().forEach(wanted::add);
        List<Map<String, Float>> perModel = new ArrayList<>(embedders.size());
        for (int m = 0; m < embedders.size(); m++) {
            perModel.add(exactScores(searcher, m, vectors.get(m), wanted, filter, docs));
        }
        docs.keySet().retainAll(perModel.stream().flatMap(s -> s.keySet().stream()).toList());
        return new Candidates(new ModelScores(List.copyOf(docs.keySet()), perModel), docs, exhausted);
    }

    /**
     * Model {@code m}'s exact scores of the records {@code ids} names: a k-NN search whose filter admits
     * no more documents than k is answered by Lucene with exact scoring, not the graph.
     */
    private Map<String, Float> exactScores(IndexSearcher searcher, int m, float[] vector, List<String> ids, Query filter,
                                           Map<String, Integer> docs) throws IOException {
        if (ids.isEmpty()) {
            return Map.of();
        }
        BooleanQuery.Builder only = new BooleanQuery.Builder()
                .add(new TermInSetQuery(IndexSchema.ID, ids.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER);
        if (filter != null) {
            only.add(filter, BooleanClause.Occur.FILTER);
        }
        TopDocs exact = searcher.search(new KnnFloatVectorQuery(IndexSchema.vectorField(m), vector, ids.size(), only.build()), ids.size());
        Map<String, Float> scores = new HashMap<>();
        for (ScoreDoc d : exact.scoreDocs) {
            String id = Hits.idOf(searcher, d.doc);
            scores.put(id, d.score);
            docs.putIfAbsent(id, d.doc);
        }
        return scores;
    }

    private List<float[]> queryVectors(String freeText) {
        List<float[]> vectors = new ArrayList<>(embedders.size());
        for (Embedder e : embedders) {
            vectors.add(e.embedQueries(List.of(freeText)).getFirst());
        }
        return vectors;
    }

    private static List<String> noFreeText(QueryParts parts) {
        List<String> notes = new ArrayList<>(parts.notes());
        notes.add("dense retrieval ranks by free text, and the query has none");
        return notes;
    }

    /** Query vectors from one model are meaningless against passage vectors from another. */
    private void requireSameSpaces(List<VectorSpace> indexed) {
        if (indexed.isEmpty()) {
            throw new IllegalStateException("the index holds no vectors: open the data folder with an embedding model to build them");
        }
        List<VectorSpace> mine = embedders.stream().map(e -> new VectorSpace(e.modelId(), e.dimension())).toList();
        if (!indexed.equals(mine)) {
            throw new IllegalStateException("the index vectors come from " + describe(indexed) + ", the query embedders are " + describe(mine));
        }
    }

    private static String describe(List<VectorSpace> spaces) {
        return String.join(" + ", spaces.stream().map(s -> s.modelId() + " (" + s.dimension() + " dimensions)").toList());
    }
}
