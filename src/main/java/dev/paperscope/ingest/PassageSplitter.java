package dev.paperscope.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts prose into passages: a paragraph, or a few of its sentences, of bounded length. Paragraphs (runs
 * of text between blank lines) are never joined; within one, whole sentences ({@link Sentences}) are
 * packed while the passage stays within {@link #TARGET_CHARS}; a sentence longer than {@link #MAX_CHARS}
 * (a run-on list, a table read as text) is cut at the last line break, else the last space, before the bound.
 */
public final class PassageSplitter {
    /** A passage grows by whole sentences up to this many characters. */
    public static final int TARGET_CHARS = 600;
    /** No passage is longer than this (a single longer sentence is cut). */
    public static final int MAX_CHARS = 1_000;
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n\\s*");

    /** A passage's place in the text it was cut from: {@code [start, end)}, no leading or trailing space. */
    public record Span(int start, int end) {
        public Span {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("empty or negative span [" + start + ", " + end + ")");
            }
        }

        public String of(String text) {
            return text.substring(start, end);
        }
    }

    private PassageSplitter() {
    }

    /** The passages of {@code text}, in order; none for null or blank text. */
    public static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        Matcher m = BLANK_LINE.matcher(text);
        int from = 0;
        while (m.find()) {
            paragraph(text, from, m.start(), out);
            from = m.end();
        }
        paragraph(text, from, text.length(), out);
        return out;
    }

    /** The passage texts of {@code text}, in order. */
    public static List<String> texts(String text) {
        return split(text).stream().map(s -> s.of(text)).toList();
    }

    /** The sentences of {@code text}, as passages are made of them (for tests of the bounds). */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (int pos = skipSpaces(text, 0, text.length()); pos < text.length(); ) {
            int end = Sentences.end(text, pos);
            out.add(text.substring(pos, trimEnd(text, pos, end)));
            pos = skipSpaces(text, end, text.length());
        }
        return out;
    }

    private static void paragraph(String text, int from, int to, List<Span> out) {
        int start = -1;
        int end = -1;
        for (int pos = skipSpaces(text, from, to); pos < to; ) {
            int sentenceEnd = Math.min(Sentences.end(text, pos), to);
            int trimmed = trimEnd(text, pos, sentenceEnd);
            if (start >= 0 && trimmed - start > TARGET_CHARS) {
                out.add(new Span(start, end));
                start = -1;
            }
            if (start < 0) {
                start = pos;
            }
            end = trimmed;
            if (end - start > MAX_CHARS) {
                start = cutLong(text, start, end, out);
                end = trimEnd(text, start, end);
                if (start >= end) {
                    start = -1;
                }
            }
            pos = skipSpaces(text, sentenceEnd, to);
        }
        if (start >= 0 && end > start) {
            out.add(new Span(start, end));
        }
    }

    /** Emits bounded pieces of an over-long {@code [start, end)}; returns where the unbounded rest starts. */
    private static int cutLong(String text, int start, int end, List<Span> out) {
        while (end - start > MAX_CHARS) {
            int limit = start + MAX_CHARS;
            int cut = text.lastIndexOf('\n', limit);
            if (cut <= start + MAX_CHARS / 2) {
                cut = lastSpace(text, start, limit);
            }
            if (cut <= start) {
                cut = limit; // no space at all: a long token is cut where the bound falls
            }
            int pieceEnd = trimEnd(text, start, cut);
            if (pieceEnd > start) {
                out.add(new Span(start, pieceEnd));
            }
            start = skipSpaces(text, cut, end);
        }
        return start;
    }

    private static int lastSpace(String text, int start, int limit) {
        for (int i = limit; i > start; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int skipSpaces(String text, int i, int to) {
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int from, int end) {
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
