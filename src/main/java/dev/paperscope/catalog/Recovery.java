package dev.paperscope.catalog;

import dev.paperscope.ingest.Checks;

/**
 * Fields a source record lacked, recovered from a reference record: derived data, recomputed whenever
 * the catalog changes. {@code venue} and {@code year} are null unless the record lacked them too. The
 * reference record's provenance ({@code sourceFile}, {@code sourceLine}, {@code sourceId}) is the
 * recovered title's {@code title_source}; {@code rule} and {@code evidence} say why it was matched.
 */
public record Recovery(String title, String venue, Integer year, String sourceFile, int sourceLine, String sourceId,
                       double confidence, String rule, String evidence) {
    public Recovery {
        Checks.present("title", title, "sourceFile", sourceFile, "sourceId", sourceId, "rule", rule, "evidence", evidence);
        Checks.confidence(confidence);
        if (sourceLine < 1) {
            throw new IllegalArgumentException("sourceLine must be 1-based, was " + sourceLine);
        }
    }
}
