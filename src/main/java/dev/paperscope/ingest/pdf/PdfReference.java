package dev.paperscope.ingest.pdf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One entry of a paper's references: its text as printed, and the title, authors and year read from it where possible. */
public record PdfReference(String raw, String title, List<String> authors, Integer year) {
    public PdfReference {
        Objects.requireNonNull(raw, "raw");
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** The entry as stored in a record's {@code extra}: {@code {raw, title, authors, year}}. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("raw", raw);
        m.put("title", title);
        m.put("authors", authors);
        m.put("year", year);
        return m;
    }
}
