package dev.paperscope.ingest;

import java.util.Objects;

/**
 * Something in a file that was read but not as written: a value that does not fit its field (kept in
 * {@code extra}), or a field cut to its limit. The file is still stored; the warning says where to look.
 */
public record ParseWarning(String file, int line, String problem) {
    public ParseWarning {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(problem, "problem");
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1-based, was " + line);
        }
    }

    static ParseWarning at(SourceRecord r, String problem) {
        return new ParseWarning(r.source().file(), r.source().line(), problem);
    }

    /** {@code file:line: problem}, as errors are written. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + problem;
    }
}
