package dev.paperscope.resolve;

import dev.paperscope.ingest.Source;
import java.util.Objects;

/**
 * A title (and venue/year) a record lacked, found in reference metadata: which reference record it came
 * from ({@code source}), how sure the match is and why.
 */
public record TitleRecovery(String recordId, String title, String venue, Integer year, Source source,
                            double confidence, String evidence) {
    public TitleRecovery {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(evidence, "evidence");
        if (!(confidence > 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must lie in (0, 1], was " + confidence);
        }
    }
}
