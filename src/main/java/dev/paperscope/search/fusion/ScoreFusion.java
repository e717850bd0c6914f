package dev.paperscope.search.fusion;

import dev.paperscope.search.Ranked;
import java.util.List;

/**
 * Normalised score fusion: each list's scores are min-max scaled to [0, 1] over the union of both lists,
 * then combined as {@code (1 - denseWeight) * bm25 + denseWeight * dense}. A hit missing from a list
 * scores 0 there, and that 0 takes part in the scaling: hybrid search gives each list every candidate
 * the retriever can score (a record the query's words do not match has BM25 score 0), so a missing
 * hit's 0 is its true score, not a guess. A list whose scores are all equal (one hit, or ties
 * throughout) gives every hit in it 1, since none of them did worse than another.
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
        List<Candidates.Candidate> union = Candidates.union(bm25, dense);
        Range lexical = Range.of(bm25, union.stream().anyMatch(c -> c.bm25() == null));
        Range semantic = Range.of(dense, union.stream().anyMatch(c -> c.dense() == null));
        return Candidates.score(union,
                c -> (1 - denseWeight) * lexical.normalise(c.bm25()) + denseWeight * semantic.normalise(c.dense()));
    }

    /** The span of one list's scores. */
    private record Range(double min, double max) {
        /** The span of a list's scores, with a 0 among them when the list lacks some of the union's hits. */
        static Range of(List<Ranked> hits, boolean lacksSome) {
            double min = lacksSome ? 0 : Double.POSITIVE_INFINITY;
            double max = lacksSome ? 0 : Double.NEGATIVE_INFINITY;
            for (Ranked h : hits) {
                min = Math.min(min, h.score());
                max = Math.max(max, h.score());
            }
            return new Range(min, max);
        }

        double normalise(Contribution c) {
            double score = c == null ? 0 : c.score();
            if (max > min) {
                return (score - min) / (max - min);
            }
            return c == null ? 0 : 1;
        }
    }
}
