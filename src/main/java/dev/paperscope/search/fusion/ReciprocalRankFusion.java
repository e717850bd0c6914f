package dev.paperscope.search.fusion;

import dev.paperscope.search.Ranked;
import java.util.List;

/**
 * Reciprocal rank fusion (Cormack, Clarke and Büttcher, 2009): a hit scores {@code 1 / (k + rank)} in
 * each list that has it, summed. It looks only at ranks, so BM25's unbounded scores and the dense
 * cosines need no calibration against each other; {@code k = 60} is the paper's value and damps the
 * advantage of the very first ranks.
 */
public record ReciprocalRankFusion(int k) implements Fusion {
    public static final int DEFAULT_K = 60;

    public ReciprocalRankFusion {
        if (k < 0) {
            throw new IllegalArgumentException("RRF k must be >= 0, was " + k);
        }
    }

    public ReciprocalRankFusion() {
        this(DEFAULT_K);
    }

    @Override
    public List<Fused> fuse(List<Ranked> bm25, List<Ranked> dense) {
        return Candidates.score(Candidates.union(bm25, dense), c -> part(c.bm25()) + part(c.dense()));
    }

    private double part(Contribution c) {
        return c == null ? 0 : 1.0 / (k + c.rank());
    }
}
