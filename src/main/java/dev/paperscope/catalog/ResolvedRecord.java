package dev.paperscope.catalog;

import dev.paperscope.ingest.SourceRecord;
import java.util.Objects;
import java.util.Optional;

/**
 * A source record with what resolution derived for it: its work's id (null before the first resolution
 * of the catalog), the fields recovered from reference data, if any, and {@code authorKeys}: every name
 * key of every author identity on the record, so an author query written one way finds the other
 * spellings of the same person.
 */
public record ResolvedRecord(SourceRecord record, String workId, Optional<Recovery> recovery, java.util.List<String> authorKeys) {
    public ResolvedRecord {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(recovery, "recovery");
        authorKeys = java.util.List.copyOf(authorKeys);
    }

    /** The page's own title, else the recovered one; null when neither exists. */
    public String title() {
        return record.title() != null ? record.title() : recovery.map(Recovery::title).orElse(null);
    }
}
