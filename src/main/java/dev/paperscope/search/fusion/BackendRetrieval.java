package dev.paperscope.search.fusion;

import dev.paperscope.index.VectorSpace;
import dev.paperscope.search.Facets;
import dev.paperscope.search.Matched;
import dev.paperscope.search.QueryParts;
import dev.paperscope.search.Ranked;
import dev.paperscope.search.Ranking;
import dev.paperscope.search.RetrieverUnavailableException;
import dev.paperscope.search.SearchBackend;
import dev.paperscope.search.SearchHit;
import dev.paperscope.search.SearchResults;
import dev.paperscope.search.dense.DenseSearch;
import dev.paperscope.search.dense.Embedder;
import dev.paperscope.search.dense.ModelScores;
import dev.paperscope.search.dense.SimilarityFloor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * BM25, dense and hybrid retrieval over any {@link SearchBackend}, by record ids: the embedded index's
 * algorithms ({@code Bm25Search}, {@code DenseSearch}, {@link HybridSearch}) step for step. Hybrid takes
 * BM25's top {@code depth} and the first model's {@code depth} nearest records that its filters admit and that
 * reach its similarity floor, scores every candidate by every signal (BM25 the dense ones its words match,
 * every model all of them, exactly), fuses with the given {@link Fusion} and lets BM25's other matches follow
 * ({@link HybridRanking}); the total counts BM25's matches and the dense-only candidates, and the facets count
 * that same set. Safe for concurrent use when the backend and the embedders are.
 */
public final class BackendRetrieval {
    private final SearchBackend backend;
    private final List<Embedder> embedders;
    private final int depth;
    private final int denseDepth;

    /**
     * {@code embedders} in the backend's vector field order (none: BM25 only); hybrid takes {@code depth}
     * candidates from each side, dense retrieval {@code denseDepth} neighbours (as embedded: 50 and 1,000).
     */
    public BackendRetrieval(SearchBackend backend, List<? extends Embedder> embedders, int depth, int denseDepth) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.embedders = List.copyOf(embedders);
        if (depth < 1 || depth > 10_000 || denseDepth < 1 || denseDepth > 10_000) {
            throw new IllegalArgumentException("depths must lie in 1..10000, were " + depth + " and " + denseDepth);
        }
        this.depth = depth;
        this.denseDepth = denseDepth;
    }

    /** With the embedded defaults: {@link HybridSearch#DEFAULT_DEPTH} and {@link DenseSearch#DEFAULT_DEPTH}. */
    public BackendRetrieval(SearchBackend backend, List<? extends Embedder> embedders) {
        this(backend, embedders, HybridSearch.DEFAULT_DEPTH, DenseSearch.DEFAULT_DEPTH);
    }

    /** BM25's first {@code limit} hits, its exact count and, for {@code facetsPerField > 0}, the facets of its matches. */
    public Matched bm25(String query, int limit, int facetsPerField) {
        SearchResults.checkLimit(limit);
        long t0 = System.nanoTime();
        Ranking ranking = backend.bm25(query, limit);
        List<SearchHit> hits = backend.hits(query, ranking.ranked());
        Facets facets = facetsPerField > 0 ? backend.facets(query, List.of(), facetsPerField) : Facets.NONE;
        return new Matched(new SearchResults(query, ranking.total(), true, hits, millis(t0), ranking.notes()), facets);
    }

    /** The first model's {@code depth} nearest admitted records above its floor, ranked by every model; {@code limit} cuts the page. */
    public Matched dense(String query, int limit, int facetsPerField) {
        SearchResults.checkLimit(limit);
        long t0 = System.nanoTime();
        QueryParts parts = QueryParts.of(query);
        String free = parts.freeText();
        List<String> notes = new ArrayList<>(parts.notes());
        if (free.isBlank()) {
            notes.add("dense retrieval ranks by free text, and the query has none");
            return new Matched(new SearchResults(query, 0, true, List.of(), millis(t0), notes), facetsPerField > 0 ? Facets.empty() : Facets.NONE);
        }
        Dense found = dense(query, free, denseDepth, List.of(), notes);
        List<Ranked> all = found.ranked();
        List<SearchHit> hits = backend.hits(query, all.subList(0, Math.min(limit, all.size())));
        Facets facets = facetsPerField > 0 ? backend.facets(null, found.matched(), facetsPerField) : Facets.NONE;
        return new Matched(new SearchResults(query, all.size(), true, hits, millis(t0), List.copyOf(new LinkedHashSet<>(notes))), facets);
    }

    /** Hybrid retrieval, as {@link HybridSearch#search(String, int, int)} runs it on the embedded index. */
    public Matched hybrid(String query, int limit, Fusion fusion, int facetsPerField) {
        SearchResults.checkLimit(limit);
        long t0 = System.nanoTime();
        Ranking lexical = backend.bm25(query, 2 * depth + limit); // past the candidates, BM25's order fills the page
        List<Ranked> bm25Order = lexical.ranked();
        int head = Math.min(depth, bm25Order.size());
        List<Ranked> lexicalList = new ArrayList<>(bm25Order.subList(0, head));
        Set<String> headIds = new HashSet<>();
        lexicalList.forEach(r -> headIds.add(r.id()));
        List<String> notes = new ArrayList<>(lexical.notes());
        Set<String> denseOnly = Set.of();
        List<Fused> ranking;
        String free = QueryParts.of(query).freeText();
        if (free.isBlank()) {
            ranking = HybridSearch.bm25Alone(bm25Order);
        } else {
            Dense semantic = dense(query, free, depth, lexicalList.stream().map(Ranked::id).toList(), notes);
            List<Ranked> rest = scoresOfTheRest(query, semantic.matched(), headIds);
            lexicalList.addAll(rest);
            Set<String> unmatched = new LinkedHashSet<>(semantic.matched());
            unmatched.removeAll(headIds);
            rest.forEach(r -> unmatched.remove(r.id()));
            denseOnly = unmatched;
            ranking = HybridRanking.rank(fusion, lexicalList, semantic.ranked(), bm25Order);
        }
        List<Fused> page = ranking.subList(0, Math.min(limit, ranking.size()));
        List<SearchHit> hits = backend.hits(query, page.stream().map(f -> new Ranked(f.id(), (float) f.score())).toList());
        Facets facets = facetsPerField > 0 ? backend.facets(query, denseOnly, facetsPerField) : Facets.NONE;
        return new Matched(new SearchResults(query, lexical.total() + denseOnly.size(), true, hits, millis(t0),
                List.copyOf(new LinkedHashSet<>(notes))), facets);
    }

    /** The dense candidates that match (the first model's neighbours above its floor, and {@code admitted}), ranked by the models. */
    private record Dense(List<String> matched, List<Ranked> ranked) {
    }

    /**
     * As {@code DenseSearch.scores}: the first model's {@code k} nearest records the query's filters admit,
     * with {@code admitted} (another retriever's candidates, matching already), each scored exactly by every
     * model; a neighbour matches when the first model's score reaches its floor.
     */
    private Dense dense(String query, String free, int k, List<String> admitted, List<String> notes) {
        requireSameSpaces(backend.vectorSpaces());
        List<float[]> vectors = new ArrayList<>(embedders.size());
        for (Embedder embedder : embedders) {
            vectors.add(embedder.embedQueries(List.of(free)).getFirst());
        }
        Ranking nearest = backend.knn(0, vectors.getFirst(), k, query);
        Set<String> wanted = new LinkedHashSet<>();
        nearest.ranked().forEach(r -> wanted.add(r.id()));
        wanted.addAll(admitted);
        List<Map<String, Float>> perModel = new ArrayList<>(embedders.size());
        for (int m = 0; m < embedders.size(); m++) {
            perModel.add(backend.knnScores(m, vectors.get(m), wanted));
        }
        SimilarityFloor floor = embedders.getFirst().similarityFloor();
        Set<String> admittedSet = new HashSet<>(admitted);
        List<String> matched = new ArrayList<>();
        int belowFloor = 0;
        for (String id : wanted) {
            Float first = perModel.getFirst().get(id);
            boolean matches = admittedSet.contains(id) || first != null && floor.admitsScore(first);
            if (!matches) {
                belowFloor++;
            } else if (perModel.stream().anyMatch(scores -> scores.containsKey(id))) {
                matched.add(id);
            }
        }
        if (matched.isEmpty() && belowFloor > 0) {
            notes.add("no passage is similar enough to the query: the nearest fall below " + embedders.getFirst().modelId()
                    + "'s similarity floor (cosine " + floor.cosine() + ")");
        }
        Set<String> kept = new HashSet<>(matched);
        List<Map<String, Float>> restricted = new ArrayList<>();
        for (Map<String, Float> scores : perModel) {
            Map<String, Float> in = new HashMap<>();
            scores.forEach((id, s) -> {
                if (kept.contains(id)) {
                    in.put(id, s);
                }
            });
            restricted.add(in);
        }
        return new Dense(matched, new ModelScores(matched, restricted).ranked());
    }

    /** BM25 scores of the dense candidates outside BM25's top depth that the query matches, best first, ties by id. */
    private List<Ranked> scoresOfTheRest(String query, Collection<String> dense, Set<String> head) {
        List<String> others = dense.stream().filter(id -> !head.contains(id)).toList();
        List<Ranked> rest = new ArrayList<>();
        backend.bm25Scores(query, others).forEach((id, score) -> rest.add(new Ranked(id, score)));
        rest.sort(Comparator.comparingDouble((Ranked r) -> -r.score()).thenComparing(Ranked::id));
        return rest;
    }

    private void requireSameSpaces(List<VectorSpace> indexed) {
        if (embedders.isEmpty()) {
            throw new RetrieverUnavailableException("dense retrieval needs an embedding model, and the data folder is opened without one");
        }
        if (indexed.isEmpty()) {
            throw new RetrieverUnavailableException("the index holds no vectors: open the data folder with an embedding model to build them");
        }
        List<VectorSpace> mine = embedders.stream().map(e -> new VectorSpace(e.modelId(), e.dimension())).toList();
        if (!indexed.equals(mine)) {
            throw new RetrieverUnavailableException("the index vectors come from " + indexed + ", the query embedders are " + mine);
        }
    }

    private static double millis(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }
}
