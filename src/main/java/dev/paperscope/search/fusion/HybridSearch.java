package dev.paperscope.search.fusion;

import dev.paperscope.search.Bm25Search;
import dev.paperscope.search.QueryParts;
import dev.paperscope.search.Ranked;
import dev.paperscope.search.Ranking;
import dev.paperscope.search.SearchHit;
import dev.paperscope.search.SearchResults;
import dev.paperscope.search.dense.DenseSearch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * BM25 and dense retrieval of the same query, fused, then re-ranked. Both retrievers apply the query's
 * filters themselves, so fusion only ever sees admitted records. Each side takes its top {@code depth},
 * and each side then scores the other side's candidates too (exact BM25 scores, exact cosines), so
 * fusion compares true scores for every candidate rather than a 0 for "not in my top k"; measured on
 * SciFact in docs/BENCHMARKS.md. A query without free text has nothing
 * to embed and is answered by BM25's order alone.
 */
public final class HybridSearch {
    /** Candidates taken from each retriever. */
    public static final int DEFAULT_DEPTH = 100;
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

    /** The results page, and for each hit on it where BM25 and dense retrieval ranked it. */
    public record Explained(SearchResults results, List<FusedHit> fused) {
        public Explained {
            fused = List.copyOf(fused);
        }
    }

    public SearchResults search(String queryText, int limit) {
        return searchExplained(queryText, limit).results();
    }

    public Explained searchExplained(String queryText, int limit) {
        SearchResults.checkLimit(limit);
        long t0 = System.nanoTime();
        int k = Math.max(depth, limit);
        Ranking lexical = bm25.ranking(queryText, k);
        boolean embeddable = !QueryParts.of(queryText).freeText().isBlank();
        List<Ranked> lexicalScores = lexical.ranked();
        List<Ranked> denseScores = List.of();
        boolean denseExhausted = true;
        Set<String> notes = new LinkedHashSet<>(lexical.notes());
        if (embeddable) {
            DenseSearch.Scored semantic = dense.scores(queryText, k, lexical.ranked().stream().map(Ranked::id).toList());
            denseScores = semantic.scores().ranked();
            denseExhausted = semantic.exhausted();
            lexicalScores = withScoresOf(queryText, lexical.ranked(), semantic.scores().candidates());
            notes.addAll(semantic.notes());
        }
        List<Fused> fused = fusion.fuse(lexicalScores, denseScores);
        List<FusedHit> page = rerank(queryText, pageHits(queryText, fused.subList(0, Math.min(limit, fused.size()))));
        // Both lists ran dry before the depth: the union is every match, and its size the exact total.
        boolean exhaustive = lexical.totalExact() && lexical.ranked().size() < k && denseExhausted;
        long total = exhaustive ? fused.size() : Math.max(lexical.total(), fused.size());
        SearchResults results = new SearchResults(queryText, total, exhaustive, page.stream().map(FusedHit::hit).toList(),
                (System.nanoTime() - t0) / 1e6, List.copyOf(notes));
        return new Explained(results, page);
    }

    /**
     * BM25's top k followed by the BM25 scores of the dense candidates it left out (those the query's
     * words match), best first: fusion then scales true scores, not a guessed 0, for every candidate.
     */
    private List<Ranked> withScoresOf(String queryText, List<Ranked> top, List<String> denseCandidates) {
        Set<String> ranked = new java.util.HashSet<>();
        top.forEach(r -> ranked.add(r.id()));
        List<String> missing = denseCandidates.stream().filter(id -> !ranked.contains(id)).toList();
        Map<String, Float> found = bm25.scoresOf(queryText, missing);
        if (found.isEmpty()) {
            return top;
        }
        List<Ranked> rest = new ArrayList<>(found.size());
        found.forEach((id, score) -> rest.add(new Ranked(id, score)));
        rest.sort(java.util.Comparator.comparingDouble((Ranked r) -> -r.score()).thenComparing(Ranked::id));
        List<Ranked> all = new ArrayList<>(top);
        all.addAll(rest);
        return all;
    }

    /**
     * Stored fields and highlights for the page only: reading every candidate's fields cost more than
     * both searches together (docs/BENCHMARKS.md).
     */
    private List<FusedHit> pageHits(String queryText, List<Fused> page) {
        Map<String, Fused> byId = new HashMap<>();
        page.forEach(f -> byId.put(f.id(), f));
        List<SearchHit> hits = bm25.hitsFor(queryText, page.stream().map(f -> new Ranked(f.id(), (float) f.score())).toList());
        List<FusedHit> out = new ArrayList<>(hits.size());
        for (SearchHit h : hits) {
            out.add(new FusedHit(h, byId.get(h.id())));
        }
        return out;
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
