package dev.paperscope.resolve;

import java.util.Objects;

/**
 * A blog post that presents one paper: the post's record, a record of the paper's work ({@code paper}, the
 * record whose title the post names), the rule, its confidence and the evidence. A post is never merged
 * with the paper it discusses; this link is how each shows the other.
 */
public record About(String post, String paper, String rule, double confidence, String evidence) {
    public About {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(evidence, "evidence");
        if (!(confidence > 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must lie in (0, 1], was " + confidence);
        }
    }
}
