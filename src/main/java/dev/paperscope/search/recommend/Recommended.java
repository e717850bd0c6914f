package dev.paperscope.search.recommend;

import java.util.List;
import java.util.Objects;

/**
 * One recommendation: a corpus entry's id, its score under the method (higher is better; comparable only
 * within one answer), and the kept entries it is closest to, closest first (the explanation).
 */
public record Recommended(String id, double score, List<String> closeTo) {
    public Recommended {
        Objects.requireNonNull(id, "id");
        closeTo = List.copyOf(closeTo);
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("score must be finite, was " + score);
        }
    }
}
