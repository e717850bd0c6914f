package dev.paperscope.search.answers;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The answering span of a sentence: its clause (between commas, semicolons, colons, brackets or dashes)
 * that holds the most question terms, widened to the next clause when that one states a number (the
 * figure asked for often follows the words that name it). With no question term in it, the whole sentence.
 * LaTeX maths ({@code $…$}, {@code $$…$$}, {@code \(…\)}, {@code \[…\]}, as the pages' KaTeX renders it) is never
 * cut: its brackets and commas are no clause breaks, so a span holds a formula whole or not at all.
 */
final class Highlight {
    private static final String BREAKS = ",;:()[]—–";
    /** The delimiters math.js gives KaTeX, longest first. */
    private static final Pattern MATH = Pattern.compile("\\$\\$.+?\\$\\$|\\\\\\(.+?\\\\\\)|\\\\\\[.+?\\\\\\]|\\$[^$]+?\\$", Pattern.DOTALL);

    private Highlight() {
    }

    /** {@code [start, end)} of the span in {@code sentence}. */
    static int[] span(String sentence, List<Terms.Term> terms, Set<String> matched) {
        if (matched.isEmpty()) {
            return new int[] {0, sentence.length()};
        }
        boolean[] math = math(sentence);
        int bestStart = 0;
        int bestEnd = sentence.length();
        int bestCount = -1;
        int start = 0;
        for (int i = 0; i <= sentence.length(); i++) {
            if (i == sentence.length() || isBreak(sentence, math, i)) {
                int count = count(terms, matched, start, i);
                if (count > bestCount) {
                    bestCount = count;
                    bestStart = start;
                    bestEnd = i;
                }
                start = i + 1;
            }
        }
        if (bestEnd < sentence.length()) {
            int next = nextBreak(sentence, math, bestEnd + 1);
            if (hasDigit(sentence, bestEnd + 1, next)) {
                bestEnd = next;
            }
        }
        return trim(sentence, bestStart, bestEnd);
    }

    private static int count(List<Terms.Term> terms, Set<String> matched, int from, int to) {
        int n = 0;
        for (Terms.Term t : terms) {
            if (t.start() >= from && t.end() <= to && matched.contains(t.text())) {
                n++;
            }
        }
        return n;
    }

    /** Which characters of {@code s} stand inside a formula, its delimiters included. */
    static boolean[] math(String s) {
        boolean[] in = new boolean[s.length()];
        Matcher m = MATH.matcher(s);
        while (m.find()) {
            java.util.Arrays.fill(in, m.start(), m.end(), true);
        }
        return in;
    }

    private static boolean isBreak(String s, boolean[] math, int i) {
        return !math[i] && BREAKS.indexOf(s.charAt(i)) >= 0;
    }

    private static int nextBreak(String s, boolean[] math, int from) {
        for (int i = from; i < s.length(); i++) {
            if (isBreak(s, math, i)) {
                return i;
            }
        }
        return s.length();
    }

    private static boolean hasDigit(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int[] trim(String s, int start, int end) {
        while (start < end && (Character.isWhitespace(s.charAt(start)) || BREAKS.indexOf(s.charAt(start)) >= 0)) {
            start++;
        }
        while (end > start && (Character.isWhitespace(s.charAt(end - 1)) || s.charAt(end - 1) == '.')) {
            end--;
        }
        return end > start ? new int[] {start, end} : new int[] {0, s.length()};
    }
}
