package dev.paperscope.catalog;

import dev.paperscope.ingest.SourceRecord;
import java.util.Objects;
import java.util.Optional;

/**
 * A source record with what resolution derived for it: its work's id (null before the first resolution
 * of the catalog) and the fields recovered from reference data, if any.
 */
public record ResolvedRecord(SourceRecord record, String workId, Optional<Recovery> recovery) {
    public ResolvedRecord {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(recovery, "recovery");
    }

    /** The page's own title, else the recovered one; null when neither exists. */
    public String title() {
        return record.title() != null ? record.title() : recovery.map(Recovery::title).orElse(null);
    }
}
