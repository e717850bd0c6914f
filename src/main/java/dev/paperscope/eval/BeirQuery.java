package dev.paperscope.eval;

import java.util.Objects;

/** One query of a BEIR dataset. */
public record BeirQuery(String id, String text) {
    public BeirQuery {
        Objects.requireNonNull(text, "text");
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("query id must not be empty");
        }
    }
}
