package dev.paperscope.ingest;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.LaTeXObject;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.TokenMgrException;

/**
 * LaTeX text of BibTeX fields as plain Unicode ({@code M{\"u}ller} → Müller, {@code {BERT}} → BERT) through
 * jbibtex's LaTeX parser and printer. Math ({@code $k$}) is kept as written, since jbibtex cannot read it
 * and the other sources keep it too (OpenReview titles read "Top-$k$").
 */
final class LatexText {
    private static final Pattern MATH = Pattern.compile("(?<!\\\\)\\$[^$]*(?<!\\\\)\\$");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0]+");
    /**
     * Accents as combining marks, composed with their letter: jbibtex's printer knows only the letters
     * Latin-1 has ({@code \'e} but not {@code \'z} or {@code \'n}) and drops cedilla, breve, Hungarian
     * umlaut, ogonek, macron, ... altogether.
     */
    private static final Pattern LETTER_ACCENT = Pattern.compile("\\\\([cuHkdbrv])(?:\\{([A-Za-z])\\}|\\s+([A-Za-z])(?![A-Za-z]))");
    private static final Pattern SYMBOL_ACCENT = Pattern.compile("\\\\([=.'\"`^~])(?:\\{([A-Za-z])\\}|([A-Za-z]))");
    private static final Map<String, String> COMBINING = Map.ofEntries(Map.entry("c", "\u0327"), Map.entry("u", "\u0306"),
            Map.entry("H", "\u030B"), Map.entry("k", "\u0328"), Map.entry("d", "\u0323"), Map.entry("b", "\u0331"),
            Map.entry("r", "\u030A"), Map.entry("v", "\u030C"), Map.entry("=", "\u0304"), Map.entry(".", "\u0307"),
            Map.entry("'", "\u0301"), Map.entry("\"", "\u0308"), Map.entry("`", "\u0300"), Map.entry("^", "\u0302"),
            Map.entry("~", "\u0303"));
    private static final Pattern DOTLESS = Pattern.compile("\\\\([ij])(?![A-Za-z])\\s*");
    private static final Pattern STROKED_L = Pattern.compile("\\\\([lL])(?![A-Za-z])\\s*");
    /** Characters that are special to LaTeX but that bibliographies often leave unescaped ("R&D", "x_1"). */
    private static final Pattern UNESCAPED_SPECIAL = Pattern.compile("(?<!\\\\)([&%#_])");
    private static final Pattern TIE = Pattern.compile("(?<!\\\\)~|\\\\ ");
    private static final Pattern COMMAND = Pattern.compile("\\\\([A-Za-z]+\\s*|.)");

    private LatexText() {
    }

    /** The plain text, and whether jbibtex failed so that commands and braces were only removed. */
    record Plain(String text, boolean bracesOnly) {
    }

    static Plain toPlain(String latex) {
        StringBuilder out = new StringBuilder();
        boolean bracesOnly = false;
        Matcher math = MATH.matcher(latex);
        int from = 0;
        while (math.find()) {
            bracesOnly |= appendConverted(out, latex.substring(from, math.start()));
            out.append(math.group());
            from = math.end();
        }
        bracesOnly |= appendConverted(out, latex.substring(from));
        String text = Normalizer.normalize(WHITESPACE.matcher(out).replaceAll(" ").strip(), Normalizer.Form.NFC);
        return new Plain(text, bracesOnly);
    }

    /** Appends the converted text; returns true when it had to fall back to removing braces. */
    private static boolean appendConverted(StringBuilder out, String latex) {
        if (latex.isEmpty()) {
            return false;
        }
        try {
            List<LaTeXObject> objects = new LaTeXParser().parse(supplement(latex));
            String printed = new LaTeXPrinter().print(objects);
            // The printer trims; the spaces around a math segment separate words.
            out.append(Character.isWhitespace(latex.charAt(0)) ? " " : "").append(printed)
                    .append(Character.isWhitespace(latex.charAt(latex.length() - 1)) ? " " : "");
            return false;
        } catch (org.jbibtex.ParseException | TokenMgrException | IllegalArgumentException e) {
            out.append(stripCommands(supplement(latex)));
            return true;
        }
    }

    /** The fallback: commands dropped, escaped characters kept ({@code \\textit{x\\_y}} reads x_y), braces removed. */
    private static String stripCommands(String latex) {
        String s = COMMAND.matcher(latex).replaceAll(m -> {
            String name = m.group(1);
            return name.length() == 1 && !Character.isLetter(name.charAt(0)) ? Matcher.quoteReplacement(name) : "";
        });
        return s.replace("{", "").replace("}", "");
    }

    /** Rewrites what jbibtex's parser rejects or its printer drops into forms it handles, or into plain characters. */
    private static String supplement(String latex) {
        String s = DOTLESS.matcher(latex).replaceAll("$1");
        s = STROKED_L.matcher(s).replaceAll(m -> m.group(1).equals("l") ? "ł" : "Ł");
        s = TIE.matcher(s).replaceAll(" ");
        s = UNESCAPED_SPECIAL.matcher(s).replaceAll("\\\\$1");
        s = LETTER_ACCENT.matcher(s).replaceAll(LatexText::combine);
        return SYMBOL_ACCENT.matcher(s).replaceAll(LatexText::combine);
    }

    private static String combine(MatchResult m) {
        String letter = m.group(2) != null ? m.group(2) : m.group(3);
        return Matcher.quoteReplacement(Normalizer.normalize(letter + COMBINING.get(m.group(1)), Normalizer.Form.NFC));
    }
}
