package dev.paperscope.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits prose into pieces of bounded length at sentence ends (a period, ? or ! before a space and a capital, not after "et al." or "e.g."). */
final class Chunks {
    private static final Set<String> ABBREVIATIONS = Set.of("al", "e.g", "i.e", "vs", "cf", "fig", "figs", "eq", "eqs", "no", "sec",
            "tab", "resp", "etc", "approx", "ref", "refs", "dr", "mr", "ms", "prof");

    private Chunks() {
    }

    static List<String> split(String text, int maxChars) {
        List<String> sentences = sentences(text);
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String s : sentences) {
            if (!current.isEmpty() && current.length() + 1 + s.length() > maxChars) {
                out.add(current.toString());
                current.setLength(0);
            }
            if (s.length() > maxChars) {
                for (int i = 0; i < s.length(); i += maxChars) {
                    int end = Math.min(s.length(), i + maxChars);
                    if (end < s.length() && Character.isHighSurrogate(s.charAt(end - 1))) {
                        end--;
                    }
                    out.add(s.substring(i, end));
                    i = end - maxChars;
                }
                continue;
            }
            if (!current.isEmpty()) {
                current.append(' ');
            }
            current.append(s);
        }
        if (!current.isEmpty()) {
            out.add(current.toString());
        }
        return out;
    }

    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length() - 2; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && text.charAt(i + 1) == ' ' && Character.isUpperCase(text.charAt(i + 2))
                    && !abbreviation(text, i)) {
                out.add(text.substring(start, i + 1).strip());
                start = i + 2;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start).strip());
        }
        out.removeIf(String::isEmpty);
        return out;
    }

    private static boolean abbreviation(String text, int dot) {
        int w = dot;
        while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        String word = text.substring(w, dot).toLowerCase(java.util.Locale.ROOT);
        return ABBREVIATIONS.contains(word) || word.length() == 1 && Character.isUpperCase(text.charAt(w));
    }
}
