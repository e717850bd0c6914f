package dev.paperscope.search.dense;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The least cosine similarity at which a passage counts as matching a query by meaning alone. A nearest
 * neighbour search always returns neighbours, however far: without a floor, a nonsense query "matches"
 * its k nearest passages. Each shipped model has its own floor, calibrated on data (cosines of judged
 * relevant query-passage pairs against those of nonsense queries' nearest passages, docs/BENCHMARKS.md),
 * since models spread their cosines differently. Search and evaluation both apply it through
 * {@link #admitted}, to the candidates of the retrieving (first) model only.
 *
 * @param cosine the floor, in [-1, 1]; -1 admits everything
 */
public record SimilarityFloor(double cosine) {
    /** No floor: every neighbour matches (models Paperscope has not calibrated, such as test stand-ins). */
    public static final SimilarityFloor NONE = new SimilarityFloor(-1);

    public SimilarityFloor {
        if (!(cosine >= -1 && cosine <= 1)) {
            throw new IllegalArgumentException("a similarity floor is a cosine in [-1, 1], was " + cosine);
        }
    }

    /** Whether a cosine similarity reaches the floor. */
    public boolean admitsCosine(double similarity) {
        return similarity >= cosine;
    }

    /** Whether a Lucene dot-product score, {@code (1 + cos) / 2}, reaches the floor. */
    public boolean admitsScore(float luceneScore) {
        return admitsCosine(2.0 * luceneScore - 1.0);
    }

    /**
     * The candidates, in their order, whose similarity (as {@code scores} states it, cosines or Lucene
     * scores per {@code luceneScores}) reaches the floor; a candidate without a score is left out.
     */
    public List<String> admitted(List<String> candidates, Map<String, Float> scores, boolean luceneScores) {
        List<String> out = new ArrayList<>(candidates.size());
        for (String id : candidates) {
            Float s = scores.get(id);
            if (s != null && (luceneScores ? admitsScore(s) : admitsCosine(s))) {
                out.add(id);
            }
        }
        return out;
    }
}
