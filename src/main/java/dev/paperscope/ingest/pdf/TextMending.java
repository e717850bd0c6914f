package dev.paperscope.ingest.pdf;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mends text as PDFs set it: ligatures (ﬁ, ﬂ, ﬃ) and other compatibility forms through NFKC, accents set
 * as separate spacing marks moved onto their letter, control characters dropped, and lines joined with
 * their line-end hyphens judged by the document's own words (a break inside "distri-butional" is
 * joined; "high-dimensional", written so elsewhere or compound before the break, keeps its hyphen).
 */
final class TextMending {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000]+");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Co}\\uFFFD&&[^\\n\\t]]");
    /** A spacing accent before or after the letter it belongs to ("Sch¨olkopf", "e´"). */
    private static final Pattern SPACING_ACCENT = Pattern.compile("([\\u00A8\\u00B4\\u0060\\u02C6\\u02DC\\u00B8\\u02C7\\u02D8\\u02DA\\u00AF])\\s?(\\p{L})");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\-]*\\p{L}");

    private TextMending() {
    }

    /** NFKC, accents on their letters, no control characters, single spaces, stripped. */
    static String clean(String s) {
        String t = CONTROL.matcher(s).replaceAll("");
        t = moveAccents(t);
        t = Normalizer.normalize(t, Normalizer.Form.NFKC);
        return SPACES.matcher(t).replaceAll(" ").strip();
    }

    private static String moveAccents(String s) {
        if (s.indexOf('\u00A8') < 0 && s.indexOf('\u00B4') < 0 && s.indexOf('`') < 0 && s.indexOf('\u02C6') < 0
                && s.indexOf('\u02DC') < 0 && s.indexOf('\u00B8') < 0 && s.indexOf('\u02C7') < 0 && s.indexOf('\u02D8') < 0
                && s.indexOf('\u02DA') < 0 && s.indexOf('\u00AF') < 0) {
            return s;
        }
        Matcher m = SPACING_ACCENT.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(2) + combining(m.group(1).charAt(0))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String combining(char spacing) {
        return switch (spacing) {
            case '\u00A8' -> "\u0308";
            case '\u00B4' -> "\u0301";
            case '`' -> "\u0300";
            case '\u02C6' -> "\u0302";
            case '\u02DC' -> "\u0303";
            case '\u00B8' -> "\u0327";
            case '\u02C7' -> "\u030C";
            case '\u02D8' -> "\u0306";
            case '\u02DA' -> "\u030A";
            default -> "\u0304";
        };
    }

    /** The lower-case words of a text, hyphenated ones included: the vocabulary that judges line-end hyphens. */
    static void collectWords(String text, Set<String> into) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            into.add(m.group().toLowerCase(Locale.ROOT));
        }
    }

    /** Lines joined into one text, with line-end hyphens mended against {@code vocabulary}. */
    static String join(List<String> lines, Set<String> vocabulary) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            if (out.isEmpty()) {
                out.append(l);
            } else if (endsWithBreakHyphen(out)) {
                joinHyphenated(out, l, vocabulary);
            } else {
                out.append(' ').append(l);
            }
        }
        return out.toString();
    }

    private static boolean endsWithBreakHyphen(CharSequence s) {
        int n = s.length();
        return n >= 2 && (s.charAt(n - 1) == '-' || s.charAt(n - 1) == '\u00AD') && Character.isLetter(s.charAt(n - 2));
    }

    /** Appends {@code next} to text ending with a hyphen: joined without it when it only broke a word. */
    private static void joinHyphenated(StringBuilder out, String next, Set<String> vocabulary) {
        int wordStart = out.length() - 1;
        while (wordStart > 0 && (Character.isLetter(out.charAt(wordStart - 1)) || out.charAt(wordStart - 1) == '-')) {
            wordStart--;
        }
        String before = out.substring(wordStart, out.length() - 1);
        int afterEnd = 0;
        while (afterEnd < next.length() && (Character.isLetter(next.charAt(afterEnd)) || next.charAt(afterEnd) == '-')) {
            afterEnd++;
        }
        String after = next.substring(0, afterEnd);
        if (keepsHyphen(before, after, vocabulary)) {
            out.setLength(out.length() - 1);
            out.append('-').append(next);
        } else {
            out.setLength(out.length() - 1);
            out.append(next);
        }
    }

    /** True when the hyphen before a line break belongs to the word ("high-dimensional", "state-of-the-art"). */
    static boolean keepsHyphen(String before, String after, Set<String> vocabulary) {
        if (after.isEmpty() || !Character.isLowerCase(after.charAt(0))) {
            return true; // "Bayes-\nOptimal", "GPT-\n3": a capital or digit after the break is its own word
        }
        String b = before.toLowerCase(Locale.ROOT);
        String a = after.toLowerCase(Locale.ROOT);
        String joined = b + a;
        String hyphenated = b + "-" + a;
        boolean joinedSeen = vocabulary.contains(joined) || vocabulary.contains(stripPlural(joined));
        boolean hyphenSeen = vocabulary.contains(hyphenated) || vocabulary.contains(stripPlural(hyphenated));
        if (hyphenSeen != joinedSeen) {
            return hyphenSeen;
        }
        // Unseen either way: a compound already hyphenated before the break ("state-of-") keeps it.
        return b.contains("-");
    }

    private static String stripPlural(String w) {
        return w.endsWith("s") ? w.substring(0, w.length() - 1) : w + "s";
    }
}
