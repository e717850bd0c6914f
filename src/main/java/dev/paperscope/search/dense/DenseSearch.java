package dev.paperscope.search.dense;

import dev.paperscope.index.IndexSchema;
import dev.paperscope.index.SearchIndex;
import dev.paperscope.index.VectorSpace;
import dev.paperscope.search.Facets;
import dev.paperscope.search.Hits;
import dev.paperscope.search.MatchSets;
import dev.paperscope.search.Matched;
import dev.paperscope.search.QueryParts;
import dev.paperscope.search.Ranked;
import dev.paperscope.search.Ranking;
import dev.paperscope.search.RetrieverUnavailableException;
import dev.paperscope.search.SearchHit;
import dev.paperscope.search.SearchResults;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

/**
 * Nearest-neighbour search over the index's passage vectors, of one embedding model or of two (an
 * ensemble, {@link ModelScores}). The query's free text is embedded by each model; its fields, ranges,
 * kinds and exclusions become the k-NN filter, so they restrict candidates before the graph search rather
 * than after it. The first model's graph gives the top k; with two models, the second re-scores: every
 * candidate is scored exactly by every model ({@link ExactScores}: its stored vector against the
 * query's), and the models' scores are combined. (A second graph search added nothing on SciFact, at the
 * cost of a graph per segment and a search per query: docs/DECISIONS.md.) One model's scores are Lucene's
 * dot-product scores, {@code (1 + cos) / 2}. Ties are ordered by record id. The matches of a query are
 * the first model's {@link #DEFAULT_DEPTH depth} nearest admitted passages whose cosine reaches the
 * model's {@link SimilarityFloor}; the total counts them, whatever page is asked for.
 * Safe for concurrent use when the embedders are.
 */
public final class DenseSearch {
    /**
     * Candidates taken from the first model's graph for a dense search: the matching set is those of them
     * at or above the model's similarity floor, whatever page is asked for, so the total, the facets and
     * the hits all count one set. 1,000, the depth evaluation retrieves (docs/BENCHMARKS.md).
     */
    public static final int DEFAULT_DEPTH = 1_000;
    private final SearchIndex index;
    private final List<Embedder> embedders;
    private final int depth;
    private final Analyzer analyzer = IndexSchema.analyzer();

    public DenseSearch(SearchIndex index, Embedder embedder) {
        this(index, List.of(embedder));
    }

    /** {@code embedders} in the index's field order: the {@code i}-th embeds queries for {@link IndexSchema#vectorField vectorField(i)}. */
    public DenseSearch(SearchIndex index, List<Embedder> embedders) {
        this(index, embedders, DEFAULT_DEPTH);
    }

    /** As {@link #DenseSearch(SearchIndex, List)}, taking {@code depth} candidates from the graph. */
    public DenseSearch(SearchIndex index, List<Embedder> embedders, int depth) {
        this.index = Objects.requireNonNull(index, "index");
        this.embedders = List.copyOf(embedders);
        if (this.embedders.isEmpty() || this.embedders.size() > IndexSchema.MAX_VECTOR_MODELS) {
            throw new IllegalArgumentException("dense search takes 1.." + IndexSchema.MAX_VECTOR_MODELS + " embedders, not " + embedders.size());
        }
        this.depth = SearchResults.checkLimit(depth);
    }

    public SearchResults search(String queryText, int limit) {
        return search(queryText, limit, 0).results();
    }

    /**
     * The first {@code limit} matches and, for {@code facetsPerField > 0}, facet counts over every match.
     * The matches are the first model's {@code depth} nearest passages that reach its similarity floor
     * (and the query's filters), ranked by the models; {@code limit} only cuts the page.
     */
    public Matched search(String queryText, int limit, int facetsPerField) {
        SearchResults.checkLimit(limit);
        long t0 = System.nanoTime();
        QueryParts parts = QueryParts.of(queryText);
        if (parts.freeText().isBlank()) {
            return new Matched(new SearchResults(queryText, 0, true, List.of(), (System.nanoTime() - t0) / 1e6, noFreeText(parts)),
                    facetsPerField > 0 ? Facets.empty() : Facets.NONE);
        }
        return index.withSearcher(searcher -> {
            Scored found = scores(searcher, neighbours(searcher, queryText, depth), new int[0]);
            List<Ranked> all = found.scores().ranked();
            List<Ranked> top = all.subList(0, Math.min(limit, all.size()));
            ScoreDoc[] docs = top.stream().map(r -> new ScoreDoc(found.docs().get(r.id()), r.score())).toArray(ScoreDoc[]::new);
            // Where the abstract contains query words, they are marked as BM25 would mark them.
            List<SearchHit> hits = Hits.inScoreOrder(searcher, analyzer, parts.lexical(),
                    new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs));
            Facets facets = facetsPerField > 0 ? Facets.count(searcher, MatchSets.ids(found.docs().keySet()), facetsPerField) : Facets.NONE;
            return new Matched(new SearchResults(queryText, all.size(), true, hits, (System.nanoTime() - t0) / 1e6, found.notes()), facets);
        });
    }

    /**
     * The ranking alone, as ids and scores (best first, ties by id), of the same matches as
     * {@link #search}: for candidates that fusion mostly discards, so no stored field is read.
     */
    public Ranking ranking(String queryText, int limit) {
        SearchResults.checkLimit(limit);
        QueryParts parts = QueryParts.of(queryText);
        if (parts.freeText().isBlank()) {
            return new Ranking(List.of(), 0, true, noFreeText(parts));
        }
        List<Ranked> all = index.withSearcher(searcher -> scores(searcher, neighbours(searcher, queryText, depth), new int[0]).scores().ranked());
        return new Ranking(all.subList(0, Math.min(limit, all.size())), all.size(), true, parts.notes());
    }

    /**
     * Each model's top {@code k} for the query on one searcher (one snapshot of the index), together with
     * the documents {@code alsoScore} names (another retriever's candidates on the same searcher), every
     * one scored exactly by every model. Hybrid search fuses these, so no candidate lacks a dense score
     * merely because it fell outside a graph search's top k. The query's filters restrict the graph
     * searches; documents in {@code alsoScore} are taken as admitted (they come from a retriever that
     * applied the same filters).
     */
    public Scored scores(IndexSearcher searcher, String queryText, int k, int[] alsoScore) throws IOException {
        return scores(searcher, neighbours(searcher, queryText, k), alsoScore);
    }

    /**
     * The first model's top {@code k} for the query on one searcher, the query's filters restricting the
     * graph search, and the query embedded by every model for {@link #scores}. The slow part of a dense
     * search, apart so that hybrid search can run BM25 meanwhile. (Searching the first model's graph on
     * another thread while a second model embeds the query was slower: the embedding uses both cores.)
     */
    public Neighbours neighbours(IndexSearcher searcher, String queryText, int k) throws IOException {
        SearchResults.checkLimit(k);
        QueryParts parts = QueryParts.of(queryText);
        if (parts.freeText().isBlank()) {
            return new Neighbours(parts, List.of(), new int[0], true);
        }
        requireSameSpaces(VectorSpace.of(searcher.getIndexReader()));
        Query filter = parts.filter().orElse(null);
        List<float[]> vectors = new ArrayList<>(embedders.size());
        for (Embedder embedder : embedders) {
            vectors.add(embedder.embedQueries(List.of(parts.freeText())).getFirst());
        }
        // Only the first model retrieves; a second one re-scores (docs/DECISIONS.md), so it has no graph.
        TopDocs top = searcher.search(new KnnFloatVectorQuery(IndexSchema.VECTOR, vectors.getFirst(), k, filter), k);
        int[] docs = Arrays.stream(top.scoreDocs).mapToInt(d -> d.doc).toArray();
        return new Neighbours(parts, vectors, docs, top.scoreDocs.length < k);
    }

    /**
     * A query read, its free text's vector from each model in field order (none without free text), the
     * documents the first model's graph search returned, and whether it returned fewer than asked for
     * (then they are every match).
     */
    public record Neighbours(QueryParts parts, List<float[]> vectors, int[] docs, boolean exhausted) {
        public Neighbours {
            Objects.requireNonNull(parts, "parts");
            vectors = List.copyOf(vectors);
            docs = docs.clone();
        }

        @Override
        public int[] docs() {
            return docs.clone();
        }
    }

    /**
     * The neighbours that reach the first model's similarity floor, together with the documents
     * {@code alsoScore} names (another retriever's candidates on the same searcher, taken as admitted by
     * the query's filters, whatever their similarity), every one scored exactly by every model. Hybrid search fuses these, so no candidate lacks a dense score merely because it fell outside
     * a graph search's top k.
     */
    public Scored scores(IndexSearcher searcher, Neighbours found, int[] alsoScore) throws IOException {
        if (found.vectors().isEmpty()) {
            return new Scored(new ModelScores(List.of(), embedders.stream().map(e -> Map.<String, Float>of()).toList()),
                    Map.of(), true, noFreeText(found.parts()));
        }
        Set<Integer> wanted = new LinkedHashSet<>();
        for (int doc : found.docs()) {
            wanted.add(doc);
        }
        Set<Integer> admitted = new HashSet<>();
        for (int doc : alsoScore) {
            wanted.add(doc);
            admitted.add(doc);
        }
        int[] docs = wanted.stream().mapToInt(Integer::intValue).toArray();
        String[] ids = Hits.idsOf(searcher, docs);
        List<Map<String, Float>> perModel = new ArrayList<>(embedders.size());
        for (int m = 0; m < embedders.size(); m++) {
            perModel.add(byId(ExactScores.of(searcher, IndexSchema.vectorField(m), found.vectors().get(m), docs), docs, ids));
        }
        // The retrieving model's floor decides which of its neighbours match; another retriever's
        // candidates (alsoScore) match already and are only scored.
        SimilarityFloor floor = embedders.getFirst().similarityFloor();
        Map<String, Integer> docById = new LinkedHashMap<>();
        int belowFloor = 0;
        for (int i = 0; i < docs.length; i++) {
            String id = ids[i];
            Float first = perModel.getFirst().get(id);
            boolean matches = admitted.contains(docs[i]) || first != null && floor.admitsScore(first);
            if (!matches) {
                belowFloor++;
            } else if (perModel.stream().anyMatch(scores -> scores.containsKey(id))) {
                docById.putIfAbsent(id, docs[i]);
            }
        }
        List<String> notes = new ArrayList<>(found.parts().notes());
        if (docById.isEmpty() && belowFloor > 0) {
            notes.add("no passage is similar enough to the query: the nearest fall below " + embedders.getFirst().modelId()
                    + "'s similarity floor (cosine " + floor.cosine() + ")");
        }
        return new Scored(new ModelScores(List.copyOf(docById.keySet()), restricted(perModel, docById.keySet())), docById,
                found.exhausted(), notes);
    }

    private static List<Map<String, Float>> restricted(List<Map<String, Float>> perModel, Set<String> ids) {
        List<Map<String, Float>> out = new ArrayList<>(perModel.size());
        for (Map<String, Float> scores : perModel) {
            Map<String, Float> kept = new HashMap<>();
            scores.forEach((id, s) -> {
                if (ids.contains(id)) {
                    kept.put(id, s);
                }
            });
            out.add(kept);
        }
        return out;
    }

    /**
     * Dense scores of a query's candidates, each candidate's document number on the searcher that scored
     * it, whether the graph searches ran dry (then the candidates are every match), and notes on the query.
     */
    public record Scored(ModelScores scores, Map<String, Integer> docs, boolean exhausted, List<String> notes) {
        public Scored {
            Objects.requireNonNull(scores, "scores");
            docs = Map.copyOf(docs);
            notes = List.copyOf(notes);
        }
    }

    private static Map<String, Float> byId(float[] scores, int[] docs, String[] ids) {
        Map<String, Float> byId = new HashMap<>();
        for (int i = 0; i < docs.length; i++) {
            if (!Float.isNaN(scores[i])) {
                byId.put(ids[i], scores[i]);
            }
        }
        return byId;
    }

    private static List<String> noFreeText(QueryParts parts) {
        List<String> notes = new ArrayList<>(parts.notes());
        notes.add("dense retrieval ranks by free text, and the query has none");
        return notes;
    }

    /** Query vectors from one model are meaningless against passage vectors from another. */
    private void requireSameSpaces(List<VectorSpace> indexed) {
        if (indexed.isEmpty()) {
            throw new RetrieverUnavailableException("the index holds no vectors: open the data folder with an embedding model to build them");
        }
        List<VectorSpace> mine = embedders.stream().map(e -> new VectorSpace(e.modelId(), e.dimension())).toList();
        if (!indexed.equals(mine)) {
            throw new RetrieverUnavailableException("the index vectors come from " + describe(indexed) + ", the query embedders are " + describe(mine));
        }
    }

    private static String describe(List<VectorSpace> spaces) {
        return String.join(" + ", spaces.stream().map(s -> s.modelId() + " (" + s.dimension() + " dimensions)").toList());
    }
}
