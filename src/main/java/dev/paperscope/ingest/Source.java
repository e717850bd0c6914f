package dev.paperscope.ingest;

import java.util.Objects;

/**
 * Provenance of a source record: the file it was read from, the 1-based line where the record starts,
 * the SHA-256 of the whole file and the format that parsed it. For an HTML page, {@code line} is a line of
 * its rendered text and {@code element} the element that line came from (a CSS selector, from the nearest
 * {@code id} where there is one), for "view in page"; null for other files.
 */
public record Source(String file, int line, String sha256, String format, String element) {
    public Source(String file, int line, String sha256, String format) {
        this(file, line, sha256, format, null);
    }

    public Source {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(format, "format");
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1-based, was " + line);
        }
    }
}
