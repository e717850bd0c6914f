package dev.paperscope.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A user's decision about works, keyed by record ids because work ids change when content does:
 * {@link Kind#MERGE} puts every record of {@code left} and {@code right} in one work; {@link Kind#SPLIT}
 * keeps every record of {@code left} apart from every record of {@code right}. Later decisions win.
 */
public record WorkDecision(long id, Kind kind, List<String> left, List<String> right, Instant at) {
    public enum Kind { MERGE, SPLIT }

    public WorkDecision {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        left = List.copyOf(left);
        right = List.copyOf(right);
        if (left.isEmpty() || right.isEmpty()) {
            throw new IllegalArgumentException("a " + kind.name().toLowerCase(Locale.ROOT) + " needs records on both sides");
        }
        if (left.stream().anyMatch(right::contains)) {
            throw new IllegalArgumentException("a record cannot be on both sides of a decision");
        }
    }
}
