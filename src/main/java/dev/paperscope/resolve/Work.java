package dev.paperscope.resolve;

import java.util.List;
import java.util.Objects;

/**
 * One paper (or talk, or post) and every source record that describes it, with the merges that joined
 * them. A work of one record has no merges. {@code about} holds the links between blog posts and the one
 * paper each presents, where this work holds the post or the paper ({@link About}).
 */
public record Work(String id, String title, List<String> recordIds, List<Merge> merges, List<About> about) {
    public Work(String id, String title, List<String> recordIds, List<Merge> merges) {
        this(id, title, recordIds, merges, List.of());
    }

    /** This work under another id, with everything else (records, merges, about links) kept. */
    public Work withId(String newId) {
        return new Work(newId, title, recordIds, merges, about);
    }

    public Work {
        Objects.requireNonNull(id, "id");
        recordIds = List.copyOf(recordIds);
        merges = List.copyOf(merges);
        about = List.copyOf(about);
        if (recordIds.isEmpty()) {
            throw new IllegalArgumentException("a work has at least one record");
        }
    }

    /** The weakest merge that holds the work together; 1.0 for a single record. */
    public double confidence() {
        return merges.stream().mapToDouble(Merge::confidence).min().orElse(1.0);
    }
}
