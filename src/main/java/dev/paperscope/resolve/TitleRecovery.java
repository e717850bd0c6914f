package dev.paperscope.resolve;

import dev.paperscope.ingest.Checks;
import dev.paperscope.ingest.Source;

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
        Checks.present("referenceId", referenceId, "rule", rule, "recordId", recordId, "title", title, "source", source,
                "evidence", evidence);
        Checks.confidence(confidence);
    }
}
