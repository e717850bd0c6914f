package dev.paperscope.ingest;

import java.util.Objects;

/**
 * Provenance of a source record: the file it was read from, the 1-based line where the record starts,
 * the SHA-256 of the whole file and the format that parsed it. For a paged file (a PDF) also the 1-based
 * {@code page} the record's fields were read from; for an HTML page, {@code line} is a line of its
 * rendered text and {@code element} the element that line came from (a CSS selector, from the nearest
 * {@code id} where there is one), for "view in page". Both are null where they do not apply.
 */
public record Source(String file, int line, String sha256, String format, Integer page, String element) {
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

    /** A place in a text file: no page, no element. */
    public Source(String file, int line, String sha256, String format) {
        this(file, line, sha256, format, null, null);
    }

    /** A page of a paged file (a PDF): line 1 of it. */
    public static Source onPage(String file, int page, String sha256, String format) {
        return new Source(file, 1, sha256, format, page, null);
    }

    /** A line of an HTML page's rendered text and the element it came from (null when unknown). */
    public static Source inElement(String file, int line, String sha256, String format, String element) {
        return new Source(file, line, sha256, format, null, element);
    }
}
