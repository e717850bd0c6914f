package dev.paperscope.eval;

import dev.paperscope.search.Ranked;

import dev.paperscope.search.fusion.Fused;
import dev.paperscope.search.fusion.Fusion;
import dev.paperscope.search.fusion.ReciprocalRankFusion;
import dev.paperscope.search.fusion.ScoreFusion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * BM25 flat and dense retrieval fused by the product's own fusion ({@code search.fusion}): each side
 * retrieves {@link #DEPTH} documents, the fusion orders their union, and the top k are kept.
 */
final class HybridEvalRetriever implements EvalRetriever {
    static final String NAME = "hybrid";
    /** Candidates per side: deep enough for Recall@100 of the fused list. */
    static final int DEPTH = 1000;
    private final EvalRetriever bm25;
    private final EvalRetriever dense;
    private final Fusion fusion;
    private final String fusionName;

    HybridEvalRetriever(EvalRetriever bm25, EvalRetriever dense, RetrieverOptions options) {
        this.bm25 = bm25;
        this.dense = dense;
        this.fusionName = options.fusion();
        this.fusion = options.fusion().equals("score") ? new ScoreFusion(options.denseWeight()) : new ReciprocalRankFusion();
    }

    @Override
    public String name() {
        return NAME + "-" + fusionName;
    }

    @Override
    public String model() {
        return dense.model();
    }

    @Override
    public Map<String, List<ScoredDoc>> retrieve(List<BeirQuery> queries, int k) {
        Map<String, List<ScoredDoc>> lexical = bm25.retrieve(queries, Math.max(k, DEPTH));
        Map<String, List<ScoredDoc>> semantic = dense.retrieve(queries, Math.max(k, DEPTH));
        Map<String, List<ScoredDoc>> run = new LinkedHashMap<>();
        for (BeirQuery q : queries) {
            run.put(q.id(), top(fusion.fuse(ranked(lexical.get(q.id())), ranked(semantic.get(q.id()))), k));
        }
        return run;
    }

    static List<Ranked> ranked(List<ScoredDoc> docs) {
        return docs.stream().map(d -> new Ranked(d.docId(), (float) d.score())).toList();
    }

    /** The first {@code k} fused hits as a run's documents. */
    static List<ScoredDoc> top(List<Fused> fused, int k) {
        List<ScoredDoc> docs = new ArrayList<>(Math.min(k, fused.size()));
        for (Fused h : fused.subList(0, Math.min(k, fused.size()))) {
            docs.add(new ScoredDoc(h.id(), h.score()));
        }
        return docs;
    }

    @Override
    public void close() {
        try {
            bm25.close();
        } finally {
            dense.close();
        }
    }
}
