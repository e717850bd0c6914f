package dev.paperscope.resolve;

import dev.paperscope.ingest.Checks;

/**
 * A blog post that presents one paper: the post's record, a record of the paper's work ({@code paper}, the
 * record whose title the post names), the rule, its confidence and the evidence. A post is never merged
 * with the paper it discusses; this link is how each shows the other.
 */
public record About(String post, String paper, String rule, double confidence, String evidence) {
    public About {
        Checks.present("post", post, "paper", paper, "rule", rule, "evidence", evidence);
        Checks.confidence(confidence);
    }
}
