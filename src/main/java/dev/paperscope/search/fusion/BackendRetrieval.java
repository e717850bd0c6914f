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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * BM25, dense and hybrid retrieval over any {@link SearchBackend}, by record ids: the one search path of the
 * product, for the embedded index ({@code LuceneBackend}) and OpenSearch alike. Each search runs its reads in
 * one {@link SearchBackend#reading} (one snapshot of the embedded index). BM25 ranks by the query's words
 * and fields. Dense retrieval embeds the query's free text with every model; its matches are the first
 * model's {@code denseDepth} nearest records that the query's filters admit and that reach the model's
 * similarity floor, each scored exactly by every model ({@link ModelScores}). Hybrid takes BM25's top
 * {@code depth} and the first model's {@code depth} nearest admitted records above its floor, scores every
 * candidate by every signal (BM25 the dense ones its words match, every model all of them, exactly), so
 * fusion compares true scores rather than a 0 for "not in my top k", fuses with the given {@link Fusion}
 * and lets BM25's other matches follow ({@link HybridRanking}); its total counts BM25's matches and the
 * dense-only candidates, and the facets count that same set. A query without free text has nothing to embed
 * and is answered by BM25's order alone. Stored fields and snippets are read for the page only. Safe for
 * concurrent use when the backend and the embedders are.
 */
public final class BackendRetrieval {
    /**
     * Candidates hybrid takes from BM25 and from the first model, whatever the page. 50, not 100: as good on
     * SciFact (nDCG@10 0.7462 against 0.7434 with two models, within noise) and ~3 ms faster at 100k
     * documents (docs/BENCHMARKS.md).
     */
    public static final int DEFAULT_DEPTH = 50;
    /**
     * Neighbours a dense search takes from the first model's graph: its matching set is those of them at or
     * above the model's similarity floor, whatever page is asked for, so the total, the facets and the hits
     * all count one set. 1,000, the depth evaluation retrieves (docs/BENCHMARKS.md).
     */
    public static final int DEFAULT_DENSE_DEPTH = 1_000;
    /**
     * Runs hybrid's BM25 beside the query embedding and the graph search (ONNX Runtime leaves a core idle
     * often enough on short texts: ~1.8 ms of BM25's ~2.6 saved at 100k documents, docs/BENCHMARKS.md; a
     * cluster's round trip overlaps the embedding too): daemon threads, created as concurrent searches need
     * them and dropped after a minute idle.
     */
    private static final ExecutorService LEXICAL_THREADS = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "paperscope-hybrid-bm25");
        t.setDaemon(true);
        return t;
    });
    private final SearchBackend backend;
    private final List<Embedder> embedders;
    private final int depth;
    private final int denseDepth;

    /**
     * {@code embedders} in the backend's vector field order (none: BM25 only); hybrid takes {@code depth}
     * candidates from each side, dense retrieval {@code denseDepth} neighbours.
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

    /** With the default depths: {@link #DEFAULT_DEPTH} and {@link #DEFAULT_DENSE_DEPTH}. */
    public BackendRetrieval(SearchBackend backend, List<? extends Embedder> embedders) {
        this(backend, embedders, DEFAULT_DEPTH, DEFAULT_DENSE_DEPTH);
    }

    /** BM25's first {@code limit} hits, its exact count and, for {@code facetsPerField > 0}, the facets of its matches. */
    public Matched bm25(String query, int limit, int facetsPerField) {
        SearchResults.checkLimit(limit);
        long t0 = System.nanoTime();
        return backend.reading(reads -> {
            Ranking ranking = reads.bm25(query, limit);
            List<SearchHit> hits = reads.hits(query, ranking.ranked());
            Facets facets = facetsPerField > 0 ? reads.facets(query, List.of(), facetsPerField) : Facets.NONE;
            return new Matched(new SearchResults(query, ranking.total(), true, hits, millis(t0), ranking.notes(), ranking.understood()), facets);
        });
    }

    /** The first model's {@code denseDepth} nearest admitted records above its floor, ranked by every model; {@code limit} cuts the page. */
    public Matched dense(String query, int limit, int facetsPerField) {
        SearchResults.checkLimit(limit);
        long t0 = System.nanoTime();
        QueryParts parts = QueryParts.of(query);
        List<String> notes = new ArrayList<>(parts.notes());
        if (parts.freeText().isBlank()) {
            notes.add("dense retrieval ranks by free text, and the query has none");
            return new Matched(new SearchResults(query, 0, true, List.of(), millis(t0), notes), facetsPerField > 0 ? Facets.empty() : Facets.NONE);
        }
        return backend.reading(reads -> {
            List<float[]> vectors = embed(reads, parts.freeText());
            Dense found = dense(reads, vectors, reads.knn(0, vectors.getFirst(), denseDepth, query), List.of(), notes);
            List<Ranked> all = found.ranked();
            List<SearchHit> hits = reads.hits(query, all.subList(0, Math.min(limit, all.size())));
            Facets facets = facetsPerField > 0 ? reads.facets(null, found.matched(), facetsPerField) : Facets.NONE;
            return new Matched(new SearchResults(query, all.size(), true, hits, millis(t0), List.copyOf(new LinkedHashSet<>(notes))), facets);
        });
    }

    /** Hybrid retrieval's first {@code limit} hits, its exact count and, for {@code facetsPerField > 0}, the facets of its matches. */
    public Matched hybrid(String query, int limit, Fusion fusion, int facetsPerField) {
        Explained explained = hybridExplained(query, limit, fusion, facetsPerField);
        return new Matched(explained.results(), explained.facets());
    }

    /** As {@link #hybrid}, with each hit's fused score and where each retriever ranked it. */
    public Explained hybridExplained(String query, int limit, Fusion fusion, int facetsPerField) {
        SearchResults.checkLimit(limit);
        Objects.requireNonNull(fusion, "fusion");
        long t0 = System.nanoTime();
        String free = QueryParts.of(query).freeText();
        int lexicalK = 2 * depth + limit; // past the candidates (at most depth from each side), BM25's order fills the page
        return backend.reading(reads -> {
            Ranking lexical;
            List<String> notes = new ArrayList<>();
            Set<String> denseOnly = Set.of();
            List<Fused> ranking;
            if (free.isBlank()) {
                lexical = reads.bm25(query, lexicalK);
                notes.addAll(lexical.notes());
                ranking = bm25Alone(lexical.ranked());
            } else {
                CompletableFuture<Ranking> pending = CompletableFuture.supplyAsync(() -> reads.bm25(query, lexicalK), LEXICAL_THREADS);
                Ranking nearest;
                List<float[]> vectors;
                try {
                    vectors = embed(reads, free);
                    nearest = reads.knn(0, vectors.getFirst(), depth, query);
                } catch (RuntimeException e) {
                    pending.handle((done, failed) -> null).join(); // BM25 is done with the reads before they end
                    throw e;
                }
                lexical = joined(pending);
                notes.addAll(lexical.notes());
                List<Ranked> bm25Order = lexical.ranked();
                List<Ranked> lexicalList = new ArrayList<>(bm25Order.subList(0, Math.min(depth, bm25Order.size())));
                Set<String> headIds = new HashSet<>();
                lexicalList.forEach(r -> headIds.add(r.id()));
                Dense semantic = dense(reads, vectors, nearest, lexicalList.stream().map(Ranked::id).toList(), notes);
                List<Ranked> rest = scoresOfTheRest(reads, query, semantic.matched(), headIds);
                lexicalList.addAll(rest);
                Set<String> unmatched = new LinkedHashSet<>(semantic.matched());
                unmatched.removeAll(headIds);
                rest.forEach(r -> unmatched.remove(r.id()));
                denseOnly = unmatched;
                ranking = HybridRanking.rank(fusion, lexicalList, semantic.ranked(), bm25Order);
            }
            List<Fused> page = ranking.subList(0, Math.min(limit, ranking.size()));
            List<SearchHit> hits = reads.hits(query, page.stream().map(f -> new Ranked(f.id(), (float) f.score())).toList());
            List<FusedHit> fused = new ArrayList<>(hits.size());
            for (int i = 0; i < hits.size(); i++) {
                fused.add(new FusedHit(hits.get(i), page.get(i)));
            }
            Facets facets = facetsPerField > 0 ? reads.facets(query, denseOnly, facetsPerField) : Facets.NONE;
            SearchResults results = new SearchResults(query, lexical.total() + denseOnly.size(), true, hits, millis(t0),
                    List.copyOf(new LinkedHashSet<>(notes)), lexical.understood());
            return new Explained(results, fused, facets);
        });
    }

    /**
     * BM25's list as it ranked and scored it: a query without free text has no dense side, and scaling
     * BM25 alone into fused scores would only make its scores harder to read.
     */
    static List<Fused> bm25Alone(List<Ranked> lexical) {
        List<Fused> out = new ArrayList<>(lexical.size());
        for (int i = 0; i < lexical.size(); i++) {
            Ranked r = lexical.get(i);
            out.add(new Fused(r.id(), r.score(), new Contribution(i + 1, r.score()), null));
        }
        return out;
    }

    private static Ranking joined(CompletableFuture<Ranking> pending) {
        try {
            return pending.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r; // as the caller would have got it from BM25 on its own thread
            }
            throw e;
        }
    }

    /** The query's free text embedded by every model, in field order, once the index holds vectors of the same models. */
    private List<float[]> embed(SearchBackend reads, String free) {
        requireSameSpaces(reads.vectorSpaces());
        List<float[]> vectors = new ArrayList<>(embedders.size());
        for (Embedder embedder : embedders) {
            vectors.add(embedder.embedQueries(List.of(free)).getFirst());
        }
        return vectors;
    }

    /** The dense candidates that match (the first model's neighbours above its floor, and {@code admitted}), ranked by the models. */
    private record Dense(List<String> matched, List<Ranked> ranked) {
    }

    /**
     * The first model's neighbours {@code nearest}, with {@code admitted} (another retriever's candidates, matching
     * already), each scored exactly by every model; a neighbour matches when the first model's score reaches its floor.
     */
    private Dense dense(SearchBackend reads, List<float[]> vectors, Ranking nearest, List<String> admitted, List<String> notes) {
        Set<String> wanted = new LinkedHashSet<>();
        nearest.ranked().forEach(r -> wanted.add(r.id()));
        wanted.addAll(admitted);
        List<Map<String, Float>> perModel = new ArrayList<>(embedders.size());
        for (int m = 0; m < embedders.size(); m++) {
            perModel.add(reads.knnScores(m, vectors.get(m), wanted));
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
    private static List<Ranked> scoresOfTheRest(SearchBackend reads, String query, Collection<String> dense, Set<String> head) {
        List<String> others = dense.stream().filter(id -> !head.contains(id)).toList();
        List<Ranked> rest = new ArrayList<>();
        if (!others.isEmpty()) {
            reads.bm25Scores(query, others).forEach((id, score) -> rest.add(new Ranked(id, score)));
        }
        rest.sort(Comparator.comparingDouble((Ranked r) -> -r.score()).thenComparing(Ranked::id));
        return rest;
    }

    /** Query vectors from one model are meaningless against passage vectors from another. */
    private void requireSameSpaces(List<VectorSpace> indexed) {
        if (embedders.isEmpty()) {
            throw new RetrieverUnavailableException("dense retrieval needs an embedding model, and the data folder is opened without one");
        }
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

    private static double millis(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }
}
