package dev.paperscope.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A stored file as the parsers read it, for showing where a record came from: its lines (for a saved HTML
 * page, the lines of its rendered text, which records' line numbers count), per line the element it came
 * from (null for a text file's lines or a blank line), and where the bytes were read ({@code origin}: a
 * path, a URL, or the bundled demo data). Only a window of a long file is kept (see {@link SourceTexts}).
 *
 * @param firstLine  the 1-based number of {@code lines.get(0)} in the whole file
 * @param totalLines how many lines the whole file has
 */
public record SourceText(String file, String origin, boolean html, int firstLine, int totalLines, List<String> lines,
                         List<String> elements) {
    public SourceText {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(origin, "origin");
        lines = List.copyOf(lines);
        elements = Collections.unmodifiableList(new ArrayList<>(elements)); // nulls allowed: lines without an element
        if (elements.size() != lines.size()) {
            throw new IllegalArgumentException("one element per line: " + elements.size() + " for " + lines.size() + " lines");
        }
        if (firstLine < 1 || firstLine - 1 + lines.size() > totalLines) {
            throw new IllegalArgumentException("lines " + firstLine + ".." + (firstLine + lines.size() - 1) + " outside 1.." + totalLines);
        }
    }

    /** The 1-based number of the last line kept. */
    public int lastLine() {
        return firstLine + lines.size() - 1;
    }
}
