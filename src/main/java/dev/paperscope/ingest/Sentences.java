package dev.paperscope.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sentence bounds in prose, so that a value read from text can be quoted with the sentence it came from.
 * A period ends a sentence (with any closing quotes or brackets right after it) only before whitespace and
 * a capital (or the end), and not after the
 * abbreviations that author mentions and papers are full of ("et al. from", "Vinh Q. Tran", "Sec. 3").
 * {@link #split} cuts prose into sentences for {@code ask}, which also reads glued sentences
 * ("...results.We propose", common in abstracts) as two.
 */
public final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of("al", "e.g", "i.e", "vs", "cf", "fig", "eq", "no", "dr", "mr",
            "ms", "st", "approx", "resp", "etc", "sec", "tab", "ref", "refs", "eqs", "figs");
    /** Sentences {@link #split} keeps are at least this long (in characters); shorter ones (a heading, a lone number) are fragments. */
    public static final int MIN_CHARS = 20;
    /** What may close a sentence after its final punctuation. */
    private static final String CLOSING = "”’\"')]";

    private Sentences() {
    }

    /** One sentence: its text (stripped, whitespace runs as one space) and where it starts in the text split. */
    public record Span(String text, int start) {
    }

    /** The sentences of {@code text} of at least {@link #MIN_CHARS} characters, in order; glued sentences are two. */
    public static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            int end = endAfter(text, i, true);
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

    /** Offset of the first character of the sentence holding {@code pos}. */
    static int start(String text, int pos) {
        int at = Math.min(pos, text.length());
        for (int i = at - 1; i > 0; i--) {
            int end = endAfter(text, i - 1, false);
            if (end >= 0 && end <= at) {
                return skipSpaces(text, end);
            }
        }
        return skipSpaces(text, 0);
    }

    /** Offset just past the sentence holding {@code pos} (its final punctuation included). */
    static int end(String text, int pos) {
        for (int i = Math.max(pos, 0); i < text.length(); i++) {
            int end = endAfter(text, i, false);
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
     * brackets that follow it ({@code “Done.” Next}); else -1. When {@code glued}, a period between two lower-case
     * letters and a capitalised word with no space ends one too ("results.We propose"; not "e.g.In", "U.S." or "3.5").
     */
    private static int endAfter(String text, int i, boolean glued) {
        char c = text.charAt(i);
        if (c != '.' && c != '!' && c != '?') {
            return -1;
        }
        int next = i + 1;
        while (next < text.length() && CLOSING.indexOf(text.charAt(next)) >= 0) {
            next++;
        }
        if (next < text.length() && !Character.isWhitespace(text.charAt(next))) {
            return glued && isGlued(text, i, next) ? next : -1;
        }
        int after = skipSpaces(text, next);
        if (after < text.length() && !startsSentence(text.charAt(after))) {
            return -1;
        }
        return c != '.' || !isAbbreviationBefore(text, i) ? next : -1;
    }

    private static boolean isGlued(String text, int i, int next) {
        return text.charAt(i) == '.' && i > 1 && Character.isLowerCase(text.charAt(i - 1)) && Character.isLowerCase(text.charAt(i - 2))
                && Character.isUpperCase(text.charAt(next)) && next + 1 < text.length() && Character.isLowerCase(text.charAt(next + 1))
                && !isAbbreviationBefore(text, i);
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
