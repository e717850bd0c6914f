package dev.paperscope.search.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits prose into sentences with their offsets. A period, question or exclamation mark ends a sentence
 * before whitespace and a capital, digit or opening quote (or the end), not after common abbreviations
 * ("e.g.", "et al.") or a single initial. Abstracts often lack the space after a period
 * ("...results.We propose"): a period between a lower-case word and a capitalised one ends a sentence too.
 */
final class SentenceSplit {
    private static final Set<String> ABBREVIATIONS = Set.of("al", "e.g", "i.e", "vs", "cf", "fig", "eq", "no", "dr", "mr",
            "ms", "st", "approx", "resp", "etc", "sec", "tab", "ref", "refs", "eqs", "figs");
    private static final String CLOSING = "”’\"')]";
    /** Sentences shorter than this (in characters) are fragments (a heading, a lone number) and are dropped. */
    static final int MIN_CHARS = 20;

    /** One sentence: its text (stripped) and where it starts in the passage. */
    record Span(String text, int start) {
    }

    private SentenceSplit() {
    }

    static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            int end = endAfter(text, i);
            if (end > 0) {
                add(out, text, start, end);
                start = end;
                i = end - 1;
            }
        }
        add(out, text, start, text.length());
        return out;
    }

    private static void add(List<Span> out, String text, int from, int to) {
        String raw = text.substring(from, to);
        String stripped = raw.strip();
        if (stripped.length() >= MIN_CHARS) {
            out.add(new Span(stripped.replaceAll("\\s+", " "), from + raw.indexOf(stripped.charAt(0))));
        }
    }

    /** When the punctuation at {@code i} ends a sentence, the offset just past it (and its closing quotes); else -1. */
    private static int endAfter(String text, int i) {
        char c = text.charAt(i);
        if (c != '.' && c != '!' && c != '?') {
            return -1;
        }
        int next = i + 1;
        while (next < text.length() && CLOSING.indexOf(text.charAt(next)) >= 0) {
            next++;
        }
        if (next >= text.length()) {
            return next;
        }
        boolean space = Character.isWhitespace(text.charAt(next));
        int after = next;
        while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
            after++;
        }
        if (after >= text.length()) {
            return next;
        }
        char first = text.charAt(after);
        if (!space) {
            // "results.We propose": glued sentences, but not "e.g.In", "U.S." or "3.5"
            boolean glued = c == '.' && Character.isUpperCase(first) && i > 1 && Character.isLowerCase(text.charAt(i - 1))
                    && Character.isLowerCase(text.charAt(i - 2)) && after + 1 < text.length() && Character.isLowerCase(text.charAt(after + 1));
            return glued && !isAbbreviationBefore(text, i) ? next : -1;
        }
        if (!(Character.isUpperCase(first) || Character.isDigit(first) || "“\"'(‘[".indexOf(first) >= 0)) {
            return -1;
        }
        return c != '.' || !isAbbreviationBefore(text, i) ? next : -1;
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
}
