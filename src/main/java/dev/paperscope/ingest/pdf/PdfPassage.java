package dev.paperscope.ingest.pdf;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A passage of a paper's body: a paragraph or a few sentences, with its 1-based page and its section heading (null before the first). */
public record PdfPassage(int page, String section, String text) {
    public PdfPassage {
        Objects.requireNonNull(text, "text");
        if (page < 1) {
            throw new IllegalArgumentException("page must be 1-based, was " + page);
        }
    }

    /** The passage as stored in a record's {@code extra}: {@code {page, section, text}}. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("page", page);
        m.put("section", section);
        m.put("text", text);
        return m;
    }
}
