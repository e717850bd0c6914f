package dev.paperscope.catalog;

import dev.paperscope.ingest.Checks;

/**
 * What ingesting one file did to the catalog. {@code file} is the name the catalog stores it by (unique
 * among its files); {@code changes} counts the records a new version added, removed and changed (by
 * record id); {@code note} says what the status alone does not (where a moved file was, which stored file
 * holds the same content), or is empty.
 */
public record IngestOutcome(String file, String format, Status status, int records, Changes changes, String note) {
    /**
     * {@code REPLACED}: a new version of a stored file (same path) replaced that file's own records;
     * {@code ROLE_CHANGED}: the same bytes, now stored under another {@link FileRole}; {@code MOVED}: a
     * stored file's bytes found at a new path while the old path is gone (records and ids kept);
     * {@code DUPLICATE}: the bytes of another stored file that is still at its path (kept once, nothing stored).
     */
    public enum Status { ADDED, REPLACED, UNCHANGED, ROLE_CHANGED, MOVED, DUPLICATE }

    /** Records added, removed and changed (same id, other content) by a new version of a file. */
    public record Changes(int added, int removed, int changed) {
        public static final Changes NONE = new Changes(0, 0, 0);

        public Changes {
            if (added < 0 || removed < 0 || changed < 0) {
                throw new IllegalArgumentException("counts must not be negative");
            }
        }
    }

    public IngestOutcome {
        Checks.present("file", file, "format", format, "status", status, "changes", changes);
        note = note == null ? "" : note;
        if (records < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /** An outcome that changed no records. */
    public static IngestOutcome of(String file, String format, Status status, int records, String note) {
        return new IngestOutcome(file, format, status, records, Changes.NONE, note);
    }
}
