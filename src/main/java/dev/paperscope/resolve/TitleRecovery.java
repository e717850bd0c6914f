package dev.paperscope.resolve;

import dev.paperscope.ingest.Source;
import java.util.Objects;

/**
 * A title (and venue/year) a record lacked, found in reference metadata: which reference record it came
 * from ({@code source}, {@code referenceId}), how sure the match is, by which rule and why.
 */
public record TitleRecovery(String recordId, String title, String venue, Integer year, Source source, String referenceId,
                            double confidence, String rule, String evidence) {
    /** Matched on authors (and abstract, where both have one) against every reference list. */
    public static final String BY_AUTHORS = "reference-authors";
    /** Matched again among the one reference list that holds the page's other matches. */
    public static final String BY_PAGE_VENUE = "reference-authors-page-venue";

    public TitleRecovery {
        Objects.requireNonNull(referenceId, "referenceId");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(evidence, "evidence");
        if (!(confidence > 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must lie in (0, 1], was " + confidence);
        }
    }
}
