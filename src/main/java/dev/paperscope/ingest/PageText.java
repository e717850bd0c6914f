package dev.paperscope.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whitespace as saved web pages have it: besides ASCII spaces, no-break spaces (U+00A0, U+2007, U+202F)
 * that {@link String#strip()} keeps, e.g. "(see&nbsp;blog post)" or a footnote ending in "&nbsp;".
 */
final class PageText {
    private static final String SPACE = "[\\s\\u00A0\\u2007\\u202F]";
    private static final Pattern RUNS = Pattern.compile(SPACE + "+");

    private PageText() {
    }

    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == s.length() ? s : s.substring(start, end);
    }

    /**
     * What {@code SPACE} matches, one character at a time: a loop rather than the pattern {@code ^S+|S+$},
     * which retries its second branch at every space of a run and so takes time quadratic in a long run's
     * length (a fuzzed page with a line of ten million spaces).
     */
    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    static boolean isBlank(String s) {
        return strip(s).isEmpty();
    }

    /** Index of the first line at or after {@code from} with visible text, or -1. */
    static int nextNonBlank(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!isBlank(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Every run of spaces as one plain space, for quoting text in a derivation. */
    static String singleSpaced(String s) {
        return RUNS.matcher(strip(s)).replaceAll(" ");
    }
}
