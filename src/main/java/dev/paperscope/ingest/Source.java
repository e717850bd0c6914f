package dev.paperscope.ingest;

import java.util.Objects;

/**
 * Provenance of a source record: the file it was read from, the 1-based line where the record starts,
 * the SHA-256 of the whole file and the format that parsed it; for a paged file (a PDF) also the 1-based
 * page the record's fields were read from ({@code null} for text files, whose line says it all).
 */
public record Source(String file, int line, String sha256, String format, Integer page) {
    public Source {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(format, "format");
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1-based, was " + line);
        }
        if (page != null && page < 1) {
            throw new IllegalArgumentException("page must be 1-based, was " + page);
        }
    }

    /** A place in a text file: no page. */
    public Source(String file, int line, String sha256, String format) {
        this(file, line, sha256, format, null);
    }
}
