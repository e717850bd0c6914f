package dev.paperscope.app;

import dev.paperscope.catalog.IngestOutcome;
import java.util.Objects;

/** What happened to one input file: stored (with the catalog's outcome), skipped, or failed with a reason. */
public record FileResult(String path, IngestOutcome outcome, String skipped, String error) {
    public FileResult {
        Objects.requireNonNull(path, "path");
        int set = (outcome != null ? 1 : 0) + (skipped != null ? 1 : 0) + (error != null ? 1 : 0);
        if (set != 1) {
            throw new IllegalArgumentException("a file result is exactly one of stored, skipped or failed");
        }
    }

    static FileResult stored(String path, IngestOutcome outcome) {
        return new FileResult(path, outcome, null, null);
    }

    static FileResult skipped(String path, String why) {
        return new FileResult(path, null, why, null);
    }

    static FileResult failed(String path, String error) {
        return new FileResult(path, null, null, error);
    }

    public boolean failed() {
        return error != null;
    }
}
