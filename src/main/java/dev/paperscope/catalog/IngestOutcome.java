package dev.paperscope.catalog;

import java.util.Objects;

/** What ingesting one file did to the catalog. */
public record IngestOutcome(String file, String format, Status status, int records, int replaced) {
    /** {@code ROLE_CHANGED}: the same bytes, now stored under another {@link FileRole}. */
    public enum Status { ADDED, REPLACED, UNCHANGED, ROLE_CHANGED }

    public IngestOutcome {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(status, "status");
        if (records < 0 || replaced < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }
}
