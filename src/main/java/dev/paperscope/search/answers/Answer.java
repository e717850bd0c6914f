package dev.paperscope.search.answers;

import java.util.Objects;

/**
 * One answer: the sentence, its score (0..1, higher is better), the span of it that answers
 * ({@code [spanStart, spanEnd)} in {@code text}), the record and work it came from, the paper's title,
 * its provenance ({@code line} of the sentence in a text file, {@code page} in a paged one, else null),
 * and the passage around it as context.
 */
public record Answer(String text, double score, int spanStart, int spanEnd, String record, String work, String title,
                     String file, int line, Integer page, String context) {
    public Answer {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(context, "context");
        if (spanStart < 0 || spanEnd < spanStart || spanEnd > text.length()) {
            throw new IllegalArgumentException("span [" + spanStart + ", " + spanEnd + ") lies outside the sentence");
        }
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1-based, was " + line);
        }
    }

    public Answer withLine(int newLine) {
        return new Answer(text, score, spanStart, spanEnd, record, work, title, file, newLine, page, context);
    }

    /** The highlighted part of the sentence. */
    public String span() {
        return text.substring(spanStart, spanEnd);
    }
}
