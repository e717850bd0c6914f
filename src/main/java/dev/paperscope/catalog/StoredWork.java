package dev.paperscope.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A work as the last resolution stored it: its id, display title, record ids in catalog order, and the
 * resolver's own description of it ({@code json}: merges with rules, confidence and evidence), kept
 * opaque here because the resolve stage owns its shape.
 */
public record StoredWork(String id, String title, List<String> recordIds, String json) {
    public StoredWork {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(json, "json");
        recordIds = List.copyOf(recordIds);
        if (recordIds.isEmpty()) {
            throw new IllegalArgumentException("work " + id + " has no records");
        }
    }
}
