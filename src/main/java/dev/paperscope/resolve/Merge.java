package dev.paperscope.resolve;

import java.util.Objects;

/** Why two records were judged to describe the same work: the rule, its confidence and the evidence. */
public record Merge(String left, String right, String rule, double confidence, String evidence) {
    public Merge {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(evidence, "evidence");
        if (!(confidence > 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must lie in (0, 1], was " + confidence);
        }
    }
}
