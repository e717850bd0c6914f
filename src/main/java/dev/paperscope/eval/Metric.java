package dev.paperscope.eval;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The measures this harness reports, named as in the JSON output and in regressions.json. */
public enum Metric {
    NDCG_10("ndcg@10"),
    RECALL_100("recall@100"),
    MRR_10("mrr@10");

    private final String key;

    Metric(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public double of(EvalScores scores) {
        return switch (this) {
            case NDCG_10 -> scores.ndcg10();
            case RECALL_100 -> scores.recall100();
            case MRR_10 -> scores.mrr10();
        };
    }

    public static Metric byKey(String key) {
        for (Metric m : values()) {
            if (m.key.equals(key)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown metric \"" + key + "\"; known: "
                + Arrays.stream(values()).map(Metric::key).collect(Collectors.joining(", ")));
    }
}
