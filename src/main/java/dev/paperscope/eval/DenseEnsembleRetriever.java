package dev.paperscope.eval;

import dev.paperscope.search.Ranked;
import dev.paperscope.search.fusion.Fusion;
import dev.paperscope.search.fusion.ScoreFusion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two embedding models as one dense retriever: each model retrieves its top {@link HybridEvalRetriever#DEPTH}
 * documents exactly, and the two rankings are combined by the product's score fusion with equal weights
 * (each list min-max scaled, a document missing from one list scoring 0 there). The weights are not tuned:
 * two models, one half each. Hybrid retrieval then fuses this ranking with BM25 as it fuses one model's.
 */
final class DenseEnsembleRetriever implements EvalRetriever {
    private static final Fusion EQUAL_HALVES = new ScoreFusion(0.5);
    private final EvalRetriever first;
    private final EvalRetriever second;

    DenseEnsembleRetriever(EvalRetriever first, EvalRetriever second) {
        this.first = first;
        this.second = second;
    }

    @Override
    public String name() {
        return DenseExactRetriever.NAME;
    }

    @Override
    public String model() {
        return first.model() + "+" + second.model();
    }

    @Override
    public Map<String, List<ScoredDoc>> retrieve(List<BeirQuery> queries, int k) {
        int depth = Math.max(k, HybridEvalRetriever.DEPTH);
        Map<String, List<ScoredDoc>> a = first.retrieve(queries, depth);
        Map<String, List<ScoredDoc>> b = second.retrieve(queries, depth);
        Map<String, List<ScoredDoc>> run = new LinkedHashMap<>();
        for (BeirQuery q : queries) {
            List<Ranked> fromFirst = HybridEvalRetriever.ranked(a.get(q.id()));
            run.put(q.id(), HybridEvalRetriever.top(EQUAL_HALVES.fuse(fromFirst, HybridEvalRetriever.ranked(b.get(q.id()))), k));
        }
        return run;
    }

    @Override
    public void close() {
        try {
            first.close();
        } finally {
            second.close();
        }
    }
}
