package dev.paperscope.ingest;

import java.util.Locale;
import java.util.Set;

/**
 * Sentence bounds in prose, so that a value read from text can be quoted with the sentence it came from.
 * A period ends a sentence (with any closing quotes or brackets right after it) only before whitespace and
 * a capital (or the end), and not after the
 * abbreviations that author mentions are full of ("et al. from", "Vinh Q. Tran").
 */
final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of("al", "e.g", "i.e", "vs", "cf", "fig", "eq", "no", "dr", "mr",
            "ms", "st", "approx", "resp", "etc");
    /** What may close a sentence after its final punctuation. */
    private static final String CLOSING = "”’\"')]";

    private Sentences() {
    }

    /** Offset of the first character of the sentence holding {@code pos}. */
    static int start(String text, int pos) {
        int at = Math.min(pos, text.length());
        for (int i = at - 1; i > 0; i--) {
            int end = endAfter(text, i - 1);
            if (end >= 0 && end <= at) {
                return skipSpaces(text, end);
            }
        }
        return skipSpaces(text, 0);
    }

    /** Offset just past the sentence holding {@code pos} (its final punctuation included). */
    static int end(String text, int pos) {
        for (int i = Math.max(pos, 0); i < text.length(); i++) {
            int end = endAfter(text, i);
            if (end >= 0) {
                return end;
            }
        }
        return text.length();
    }

    /**
     * The sentence around {@code [from, to)} quoted from its start up to {@code to}, with "…" when the
     * sentence goes on: the evidence and its context, not a whole paragraph.
     */
    static String quoteUpTo(String text, int from, int to) {
        int start = start(text, from);
        int end = end(text, Math.max(from, to - 1));
        String quoted = text.substring(start, Math.min(Math.max(to, start), text.length())).strip();
        return end > to && !text.substring(to, end).isBlank() ? quoted + "…" : quoted;
    }

    /**
     * When the punctuation at {@code i} ends a sentence: the offset just past it and the closing quotes or
     * brackets that follow it ({@code “Done.” Next}); else -1.
     */
    private static int endAfter(String text, int i) {
        char c = text.charAt(i);
        if (c != '.' && c != '!' && c != '?') {
            return -1;
        }
        int next = i + 1;
        while (next < text.length() && CLOSING.indexOf(text.charAt(next)) >= 0) {
            next++;
        }
        if (next < text.length() && !Character.isWhitespace(text.charAt(next))) {
            return -1;
        }
        int after = skipSpaces(text, next);
        if (after < text.length() && !startsSentence(text.charAt(after))) {
            return -1;
        }
        return c != '.' || !isAbbreviationBefore(text, i) ? next : -1;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "“\"'(‘[".indexOf(c) >= 0;
    }

    private static boolean isAbbreviationBefore(String text, int period) {
        int wordStart = period;
        while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = text.substring(wordStart, period);
        boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
        return initial || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
