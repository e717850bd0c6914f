package dev.paperscope.resolve;

import dev.paperscope.ingest.Checks;

/** Why two records were judged to describe the same work: the rule, its confidence and the evidence. */
public record Merge(String left, String right, String rule, double confidence, String evidence) {
    public Merge {
        Checks.present("left", left, "right", right, "rule", rule, "evidence", evidence);
        Checks.confidence(confidence);
    }
}
