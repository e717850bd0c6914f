package dev.paperscope.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Mean scores over the evaluated queries, and the per-query scores they average. */
public record EvalScores(double ndcg10, double recall100, double mrr10, Map<String, QueryScores> perQuery) {
    public EvalScores {
        perQuery = Collections.unmodifiableMap(new LinkedHashMap<>(perQuery));
    }

    public int queries() {
        return perQuery.size();
    }

    /** The scores of one query. */
    public record QueryScores(double ndcg10, double recall100, double mrr10) {
    }
}
