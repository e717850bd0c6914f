package dev.paperscope.search.dense;

import dev.paperscope.index.Passages;
import dev.paperscope.ingest.Sha256;
import dev.paperscope.ingest.SourceRecord;
import java.util.Objects;
import java.util.Optional;

/**
 * The text of a record that is embedded, and its SHA-256, the key of cached vectors: the one place
 * that defines both, so the cache and the index always agree. Immutable.
 */
public record Passage(String text, String sha256) {
    public Passage {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sha256, "sha256");
        if (text.isBlank()) {
            throw new IllegalArgumentException("passage text is blank");
        }
    }

    /**
     * The record's {@link Passages#text passage} (title and abstract, whichever exist): the same text the
     * index keys "identical passage" on. Empty for a record with neither, which gets no vector.
     */
    public static Optional<Passage> of(SourceRecord record) {
        String text = Passages.text(record);
        return text.isEmpty() ? Optional.empty() : Optional.of(ofText(text));
    }

    public static Passage ofText(String text) {
        return new Passage(text, Sha256.hex(text));
    }
}
