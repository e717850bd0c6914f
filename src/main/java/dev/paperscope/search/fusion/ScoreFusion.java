package dev.paperscope.search.fusion;

import dev.paperscope.search.Ranked;
import java.util.List;

/**
 * Normalised score fusion: each list's scores are min-max scaled to [0, 1], then combined as
 * {@code (1 - denseWeight) * bm25 + denseWeight * dense}; a hit missing from a list gets 0 there. A
 * list whose scores are all equal (one hit, or ties throughout) gives every hit 1, since none of them
 * did worse than another.
 */
public record ScoreFusion(double denseWeight) implements Fusion {
    public static final double DEFAULT_DENSE_WEIGHT = 0.5;

    public ScoreFusion {
        if (!(denseWeight >= 0 && denseWeight <= 1)) {
            throw new IllegalArgumentException("the dense weight must lie in [0, 1], was " + denseWeight);
        }
    }

    public ScoreFusion() {
        this(DEFAULT_DENSE_WEIGHT);
    }

    @Override
    public List<Fused> fuse(List<Ranked> bm25, List<Ranked> dense) {
        Range lexical = Range.of(bm25);
        Range semantic = Range.of(dense);
        return Candidates.score(Candidates.union(bm25, dense),
                c -> (1 - denseWeight) * lexical.normalise(c.bm25()) + denseWeight * semantic.normalise(c.dense()));
    }

    /** The span of one list's scores. */
    private record Range(double min, double max) {
        static Range of(List<Ranked> hits) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (Ranked h : hits) {
                min = Math.min(min, h.score());
                max = Math.max(max, h.score());
            }
            return new Range(min, max);
        }

        double normalise(Contribution c) {
            if (c == null) {
                return 0;
            }
            return max > min ? (c.score() - min) / (max - min) : 1;
        }
    }
}
