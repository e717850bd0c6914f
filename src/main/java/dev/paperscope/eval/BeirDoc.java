package dev.paperscope.eval;

import java.util.Objects;

/** One corpus document of a BEIR dataset; {@code title} is empty when the corpus has none. */
public record BeirDoc(String id, String title, String text) {
    public BeirDoc {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("document id must not be empty");
        }
    }

    /** The text a "flat" index sees: title and body joined by a space, as Anserini's BEIR flat collection does. */
    public String contents() {
        return title.isEmpty() ? text : title + " " + text;
    }
}
