package dev.paperscope.ingest;

import java.util.Arrays;

/**
 * Maps character offsets of a document's text to 1-based line numbers and back. Line breaks are counted
 * as {@link String#lines()} counts them ({@code \n}, {@code \r\n} or a lone {@code \r}), so that the
 * numbers agree with {@link SourceDocument#lines()}.
 */
final class LineIndex {
    private final String text;
    private final int[] lineStarts;

    LineIndex(String text) {
        this.text = text;
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
            if (lineBreak && i + 1 < text.length()) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    /** The 1-based line holding the character at {@code offset}. */
    int lineOf(long offset) {
        int i = Arrays.binarySearch(lineStarts, (int) Math.min(offset, Integer.MAX_VALUE));
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** The text from {@code from} to {@code to} (exclusive), its line breaks written as {@code \n}. */
    String slice(long from, long to) {
        int start = Math.clamp(from, 0, text.length());
        int end = Math.clamp(to, start, text.length());
        return String.join("\n", trimLineBreaks(text.substring(start, end)).lines().toList());
    }

    /** Lines {@code first} to {@code last} (1-based, inclusive), joined with {@code \n}. */
    String lines(int first, int last) {
        int start = lineStarts[Math.clamp(first, 1, lineStarts.length) - 1];
        int end = last >= lineStarts.length ? text.length() : lineStarts[Math.max(last, first)];
        return String.join("\n", trimLineBreaks(text.substring(start, end)).lines().toList());
    }

    private static String trimLineBreaks(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == '\n' || s.charAt(start) == '\r')) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) {
            end--;
        }
        return s.substring(start, end);
    }
}
