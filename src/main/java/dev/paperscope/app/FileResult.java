package dev.paperscope.app;

import dev.paperscope.catalog.IngestOutcome;
import java.util.List;
import java.util.Objects;

/**
 * What happened to one input file: stored (with the catalog's outcome and the parse's warnings, each
 * {@code file:line: what}), skipped, or failed with a reason.
 */
public record FileResult(String path, IngestOutcome outcome, String skipped, String error, List<String> warnings) {
    public FileResult {
        Objects.requireNonNull(path, "path");
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        int set = (outcome != null ? 1 : 0) + (skipped != null ? 1 : 0) + (error != null ? 1 : 0);
        if (set != 1) {
            throw new IllegalArgumentException("a file result is exactly one of stored, skipped or failed");
        }
    }

    static FileResult stored(String path, IngestOutcome outcome, List<String> warnings) {
        return new FileResult(path, outcome, null, null, warnings);
    }

    static FileResult skipped(String path, String why) {
        return new FileResult(path, null, why, null, List.of());
    }

    static FileResult failed(String path, String error) {
        return new FileResult(path, null, null, error, List.of());
    }

    public boolean failed() {
        return error != null;
    }
}
