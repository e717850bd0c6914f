package dev.paperscope.ingest;

import java.util.Objects;

/**
 * Why a field holds the value it holds when the page did not state it literally: an inferred year,
 * a title cleaned of link markers, a venue read from surrounding text.
 */
public record Derivation(String field, String reason) {
    public Derivation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
        if (field.isBlank() || reason.isBlank()) {
            throw new IllegalArgumentException("derivation needs a field and a reason");
        }
    }
}
