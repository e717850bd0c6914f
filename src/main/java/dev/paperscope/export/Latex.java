package dev.paperscope.export;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;

/**
 * Text made safe for a braced BibTeX field. Plain text has every LaTeX special escaped. Text that may
 * already hold LaTeX (titles, abstracts: "Top-$k$", "\(n^2\)", "\textbf{G}") keeps its math (as
 * {@code $...$}), commands, escapes and
 * balanced braces, and escapes the rest; unbalanced braces become {@code \textbraceleft{}}, since BibTeX
 * counts even escaped braces and one stray brace would break the whole file.
 */
final class Latex {
    private static final String ESCAPED_BY_BACKSLASH = "&%$#_ ";

    private Latex() {
    }

    /** Every character as text: {@code R&D_1} → {@code R\&D\_1}; non-ASCII stays UTF-8. */
    static String plain(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> out.append(special(c)));
        return out.toString();
    }

    private static String special(int c) {
        return switch (c) {
            case '\\' -> "\\textbackslash{}";
            case '{' -> "\\textbraceleft{}";
            case '}' -> "\\textbraceright{}";
            case '~' -> "\\textasciitilde{}";
            case '^' -> "\\textasciicircum{}";
            case '&', '%', '$', '#', '_' -> "\\" + (char) c;
            default -> Character.toString(c);
        };
    }

    /** Text that may contain LaTeX: math, commands and matched braces kept; other specials escaped. */
    static String keepingLatex(String text) {
        Set<Integer> matched = matchedBraces(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int delimited = delimitedMathEnd(text, i);
            int mathEnd = c == '$' && delimited < 0 ? mathEnd(text, i) : -1;
            if (delimited > 0) {
                // \(x\), \[x\] and $$x$$ become $x$: math a BibTeX field can hold, not escaped backslashes
                out.append('$').append(text, i + 2, delimited - 2).append('$');
                i = delimited;
            } else if (mathEnd > 0) {
                out.append(text, i, mathEnd);
                i = mathEnd;
            } else if (c == '\\' && i + 1 < text.length() && (text.charAt(i + 1) == '{' || text.charAt(i + 1) == '}')) {
                out.append(special(text.charAt(i + 1))); // an escaped brace still counts for BibTeX: spell it out
                i += 2;
            } else if (c == '\\' && i + 1 < text.length()) {
                int end = commandEnd(text, i);
                out.append(end > i ? text.substring(i, end) : special(c));
                i = end > i ? end : i + 1;
            } else if ((c == '{' || c == '}') && matched.contains(i)) {
                out.append(c);
                i++;
            } else if (c == '~') {
                out.append(c); // a tie in LaTeX text
                i++;
            } else {
                out.append(special(c));
                i++;
            }
        }
        return out.toString();
    }

    /** The end of a command ({@code \textbf}) or escape ({@code \&}) starting at {@code i}, or {@code i} when neither. */
    private static int commandEnd(String text, int i) {
        char next = text.charAt(i + 1);
        if (Character.isLetter(next) && next < 128) {
            int j = i + 1;
            while (j < text.length() && Character.isLetter(text.charAt(j)) && text.charAt(j) < 128) {
                j++;
            }
            return j;
        }
        return ESCAPED_BY_BACKSLASH.indexOf(next) >= 0 || next == '\\' ? i + 2 : i;
    }

    /**
     * The end (exclusive) of math written {@code \(...\)}, {@code \[...\]} or {@code $$...$$} starting at
     * {@code i}, with balanced braces and no {@code $} inside, else -1.
     */
    private static int delimitedMathEnd(String text, int i) {
        if (i + 1 >= text.length() || (i > 0 && text.charAt(i - 1) == '\\')) {
            return -1;
        }
        String pair = text.substring(i, i + 2);
        String close = switch (pair) {
            case "\\(" -> "\\)";
            case "\\[" -> "\\]";
            case "$$" -> "$$";
            default -> null;
        };
        if (close == null) {
            return -1;
        }
        int end = text.indexOf(close, i + 2);
        if (end <= i + 2) {
            return -1;
        }
        String inside = text.substring(i + 2, end);
        return inside.indexOf('$') < 0 && balanced(inside) ? end + 2 : -1;
    }

    /** The end (exclusive) of inline math {@code $...$} starting at {@code i} with balanced braces inside, else -1. */
    private static int mathEnd(String text, int i) {
        if (i > 0 && text.charAt(i - 1) == '\\') {
            return -1;
        }
        int close = i + 1;
        while ((close = text.indexOf('$', close)) > 0 && text.charAt(close - 1) == '\\') {
            close++;
        }
        if (close <= i + 1 || !balanced(text.substring(i + 1, close))) {
            return -1;
        }
        return close + 1;
    }

    private static boolean balanced(String s) {
        int depth = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    /** Positions of bare braces outside math that pair up; the others will be escaped. */
    private static Set<Integer> matchedBraces(String text) {
        Set<Integer> matched = new HashSet<>();
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int delimited = delimitedMathEnd(text, i);
            int mathEnd = delimited > 0 ? delimited : c == '$' ? mathEnd(text, i) : -1;
            if (mathEnd > 0) {
                i = mathEnd - 1;
            } else if (c == '\\') {
                i++;
            } else if (c == '{') {
                open.push(i);
            } else if (c == '}' && !open.isEmpty()) {
                matched.add(open.pop());
                matched.add(i);
            }
        }
        return matched;
    }

    /** A BibTeX field's LaTeX as the text it prints ({@code 1--20} → 1–20), through jbibtex; braces dropped if it cannot read it. */
    static String toText(String latex) {
        try {
            return new LaTeXPrinter().print(new LaTeXParser().parse(latex)).strip();
        } catch (ParseException | TokenMgrException e) {
            return latex.replace("{", "").replace("}", "").strip();
        }
    }
}
