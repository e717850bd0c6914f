package dev.paperscope.search.passages;

import java.util.Objects;

/**
 * Where a passage stands: its file, the line holding its first sentence (a JSON Lines record's line; a
 * PDF's record line, 1), its 1-based page in a PDF (else null), and for an HTML page the element its
 * record came from (else null).
 */
public record PassageSource(String file, int line, Integer page, String element) {
    public PassageSource {
        Objects.requireNonNull(file, "file");
        if (line < 1 || (page != null && page < 1)) {
            throw new IllegalArgumentException("line and page are 1-based");
        }
    }
}
