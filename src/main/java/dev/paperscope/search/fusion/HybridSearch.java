package dev.paperscope.search.fusion;

import dev.paperscope.search.Bm25Search;
import dev.paperscope.search.Facets;
import dev.paperscope.search.Hits;
import dev.paperscope.search.Matched;
import dev.paperscope.search.Ranked;
import dev.paperscope.search.SearchHit;
import dev.paperscope.search.SearchResults;
import dev.paperscope.search.Understood;
import dev.paperscope.search.dense.DenseSearch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/**
 * BM25 and dense retrieval of the same query, fused, then re-ranked. Both retrievers apply the query's
 * filters themselves, so fusion only ever sees admitted records. BM25 takes its top {@code depth}, dense
 * retrieval its {@code depth} nearest passages that reach the model's similarity floor;
 * and each side then scores the other side's candidates too (exact BM25 scores, exact cosines), so
 * fusion compares true scores for every candidate rather than a 0 for "not in my top k"; measured on
 * SciFact in docs/BENCHMARKS.md. Both sides read one searcher (one snapshot of the index), so document
 * numbers agree between them. BM25's other matches follow the fused candidates in BM25's order
 * ({@link HybridRanking}), so the hits, the total and the facets describe one matching set. A query
 * without free text has nothing to embed and is answered by BM25's order alone. Safe for concurrent use when the embedders are.
 */
public final class HybridSearch {
    /**
     * Runs BM25 beside the query embedding: daemon threads, created as concurrent searches need them and
     * dropped after a minute idle.
     */
    private static final ExecutorService LEXICAL_THREADS = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "paperscope-hybrid-bm25");
        t.setDaemon(true);
        return t;
    });
    /**
     * Candidates taken from BM25 and from the first model, whatever the page. 50, not 100: as
     * good on SciFact (nDCG@10 0.7462 against 0.7434 with two models, within noise) and ~3 ms faster at
     * 100k documents (docs/BENCHMARKS.md).
     */
    public static final int DEFAULT_DEPTH = 50;
    private final Bm25Search bm25;
    private final DenseSearch dense;
    private final Fusion fusion;
    private final Reranker reranker;
    private final int depth;

    public HybridSearch(Bm25Search bm25, DenseSearch dense, Fusion fusion, Reranker reranker, int depth) {
        this.bm25 = Objects.requireNonNull(bm25, "bm25");
        this.dense = Objects.requireNonNull(dense, "dense");
        this.fusion = Objects.requireNonNull(fusion, "fusion");
        this.reranker = Objects.requireNonNull(reranker, "reranker");
        if (depth < 1 || depth > 10_000) {
            throw new IllegalArgumentException("depth must lie in 1..10000, was " + depth);
        }
        this.depth = depth;
    }

    public HybridSearch(Bm25Search bm25, DenseSearch dense, Fusion fusion) {
        this(bm25, dense, fusion, Reranker.IDENTITY, DEFAULT_DEPTH);
    }

    /**
     * The results page, for each hit on it where BM25 and dense retrieval ranked it, and the facets of
     * the matching set ({@link Facets#NONE} unless asked for).
     */
    public record Explained(SearchResults results, List<FusedHit> fused, Facets facets) {
        public Explained {
            fused = List.copyOf(fused);
            Objects.requireNonNull(facets, "facets");
        }
    }

    public SearchResults search(String queryText, int limit) {
        return searchExplained(queryText, limit).results();
    }

    /** The first {@code limit} hits and, for {@code facetsPerField > 0}, facet counts over every match. */
    public Matched search(String queryText, int limit, int facetsPerField) {
        Explained explained = searchExplained(queryText, limit, facetsPerField);
        return new Matched(explained.results(), explained.facets());
    }

    public Explained searchExplained(String queryText, int limit) {
        return searchExplained(queryText, limit, 0);
    }

    /**
     * The matching set is every record BM25 matches and every dense candidate (the first model's
     * {@code depth} nearest admitted passages) that reaches the model's similarity floor. The total counts
     * it exactly and the facets count it; the hits are its first {@code limit} in {@link HybridRanking}'s
     * order, which does not depend on {@code limit}.
     */
    public Explained searchExplained(String queryText, int limit, int facetsPerField) {
        SearchResults.checkLimit(limit);
        long t0 = System.nanoTime();
        Fusing done = bm25.index().withSearcher(searcher -> fuse(searcher, queryText, limit, facetsPerField));
        List<FusedHit> page = rerank(queryText, done.page());
        SearchResults results = new SearchResults(queryText, done.total(), true, page.stream().map(FusedHit::hit).toList(),
                (System.nanoTime() - t0) / 1e6, done.notes(), done.understood());
        return new Explained(results, page, done.facets());
    }

    /** One query fused on one searcher: its page, how many records match, their facets, and notes. */
    private record Fusing(List<FusedHit> page, long total, Facets facets, List<String> notes, List<Understood> understood) {
    }

    /**
     * Both sides on one searcher. The candidates are BM25's top depth and the dense candidates above the
     * floor; each side scores all of them (BM25 the dense ones its words match, the models the BM25 ones),
     * so fusion scales true scores, never a 0 for "not in my top k". BM25's ranking is read far enough
     * past them to fill the page with its other matches. Stored fields and highlights are read for the
     * page only: reading every candidate's cost more than both searches together (docs/BENCHMARKS.md).
     */
    private Fusing fuse(IndexSearcher searcher, String queryText, int limit, int facetsPerField) throws IOException {
        // Past the candidates (at most depth from each side), BM25's order fills the page.
        Started started = start(searcher, queryText, 2 * depth + limit);
        Bm25Search.Lexical lexical = started.lexical();
        DenseSearch.Neighbours neighbours = started.neighbours();
        ScoreDoc[] top = lexical.top().scoreDocs;
        String[] topIds = Hits.idsOf(searcher, Arrays.stream(top).mapToInt(d -> d.doc).toArray());
        Map<String, Integer> docs = new HashMap<>();
        List<Ranked> bm25Order = ranked(top, topIds, docs);
        int head = Math.min(depth, top.length);
        List<Ranked> lexicalList = new ArrayList<>(bm25Order.subList(0, head));
        Set<String> notes = new LinkedHashSet<>(lexical.notes());
        Set<String> denseOnly = Set.of();
        List<Fused> ranking;
        if (neighbours.vectors().isEmpty()) {
            ranking = bm25Alone(bm25Order);
        } else {
            DenseSearch.Scored semantic = dense.scores(searcher, neighbours, Arrays.stream(top, 0, head).mapToInt(d -> d.doc).toArray());
            notes.addAll(semantic.notes());
            semantic.docs().forEach(docs::putIfAbsent);
            Set<String> headIds = new HashSet<>(Arrays.asList(topIds).subList(0, head));
            List<Ranked> rest = scoresOfTheRest(lexical, semantic.docs(), headIds);
            lexicalList.addAll(rest);
            Set<String> unmatched = new HashSet<>(semantic.docs().keySet());
            unmatched.removeAll(headIds);
            rest.forEach(r -> unmatched.remove(r.id()));
            denseOnly = unmatched;
            ranking = HybridRanking.rank(fusion, lexicalList, semantic.scores().ranked(), bm25Order);
        }
        List<FusedHit> page = page(lexical, ranking.subList(0, Math.min(limit, ranking.size())), docs);
        Facets facets = facetsPerField > 0 ? lexical.facets(denseOnly, facetsPerField) : Facets.NONE;
        return new Fusing(page, lexical.count() + denseOnly.size(), facets, List.copyOf(notes), lexical.understood());
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

    /** BM25's hits as ranked ids, noting each one's document number in {@code docs}. */
    private static List<Ranked> ranked(ScoreDoc[] top, String[] ids, Map<String, Integer> docs) {
        List<Ranked> ranked = new ArrayList<>(top.length);
        for (int i = 0; i < top.length; i++) {
            ranked.add(new Ranked(ids[i], top[i].score));
            docs.putIfAbsent(ids[i], top[i].doc);
        }
        return ranked;
    }

    /** Results-page hits for the fused page, highlighted for the query's words. */
    private static List<FusedHit> page(Bm25Search.Lexical lexical, List<Fused> page, Map<String, Integer> docs) throws IOException {
        ScoreDoc[] pageDocs = page.stream().map(f -> new ScoreDoc(docs.get(f.id()), (float) f.score())).toArray(ScoreDoc[]::new);
        List<SearchHit> hits = lexical.hits(pageDocs);
        List<FusedHit> out = new ArrayList<>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            out.add(new FusedHit(hits.get(i), page.get(i)));
        }
        return out;
    }

    private record Started(Bm25Search.Lexical lexical, DenseSearch.Neighbours neighbours) {
    }

    /**
     * BM25's top {@code lexicalK}, computed on another thread while the models embed the query and search their graphs
     * (ONNX Runtime leaves a core idle often enough on short texts: ~1.8 ms of BM25's ~2.6 saved at 100k
     * documents, docs/BENCHMARKS.md). BM25 has finished with the searcher whenever this returns or throws.
     */
    private Started start(IndexSearcher searcher, String queryText, int lexicalK) throws IOException {
        CompletableFuture<Bm25Search.Lexical> pending = CompletableFuture.supplyAsync(() -> {
            try {
                return bm25.lexical(searcher, queryText, lexicalK);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, LEXICAL_THREADS);
        DenseSearch.Neighbours neighbours;
        try {
            neighbours = dense.neighbours(searcher, queryText, depth);
        } catch (RuntimeException | IOException e) {
            pending.handle((done, failed) -> null).join();
            throw e;
        }
        return new Started(joined(pending), neighbours);
    }

    private static Bm25Search.Lexical joined(CompletableFuture<Bm25Search.Lexical> pending) {
        try {
            return pending.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r; // a bad query, or the UncheckedIOException above, as the caller would have got it
            }
            throw e;
        }
    }

    /** BM25 scores of the dense candidates outside BM25's top depth that the query matches, best first, ties by id. */
    private static List<Ranked> scoresOfTheRest(Bm25Search.Lexical lexical, Map<String, Integer> denseDocs, Set<String> ranked) throws IOException {
        Map<Integer, String> others = new HashMap<>();
        denseDocs.forEach((id, doc) -> {
            if (!ranked.contains(id)) {
                others.put(doc, id);
            }
        });
        List<Ranked> rest = new ArrayList<>();
        lexical.scoresOf(others.keySet().stream().mapToInt(Integer::intValue).toArray())
                .forEach((doc, score) -> rest.add(new Ranked(others.get(doc), score)));
        rest.sort(Comparator.comparingDouble((Ranked r) -> -r.score()).thenComparing(Ranked::id));
        return rest;
    }

    private List<FusedHit> rerank(String queryText, List<FusedHit> page) {
        Map<String, FusedHit> byId = new HashMap<>();
        page.forEach(h -> byId.put(h.id(), h));
        List<SearchHit> reordered = reranker.rerank(queryText, page.stream().map(FusedHit::hit).toList());
        List<FusedHit> out = new ArrayList<>(reordered.size());
        for (SearchHit h : reordered) {
            FusedHit f = byId.remove(h.id());
            if (f == null) {
                throw new IllegalStateException("the re-ranker returned " + h.id() + ", which it was not given or gave twice");
            }
            out.add(new FusedHit(h, f.fused()));
        }
        if (!byId.isEmpty()) {
            throw new IllegalStateException("the re-ranker dropped " + byId.size() + " hit(s)");
        }
        return out;
    }
}
