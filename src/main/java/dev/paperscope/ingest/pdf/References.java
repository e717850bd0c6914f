package dev.paperscope.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Entries of a references section. An entry starts at a label ("[12]", "12.") when the list has labels,
 * else at a line set out to the left of its neighbours (a hanging indent) or after a wider gap. From each
 * entry: the year, the authors (the text before the year in author-year styles, else before the first
 * full stop that does not end an initial) and the title (the sentence after them).
 */
final class References {
    static final int MAX_ENTRIES = 1_500;
    private static final Pattern LABEL = Pattern.compile("^(\\[\\s*[\\w+.\\- ]{1,12}\\]|\\d{1,3}\\.)\\s+.*");
    /** A year, not a page range's end ("1929–1958") nor part of a longer number. */
    private static final Pattern YEAR = Pattern.compile("(?<![\\d:–\\-/.])(1[89]\\d\\d|20\\d\\d)[a-z]?(?![\\d–\\-])");
    private static final String SURNAME = "\\p{Lu}[\\p{L}\\p{M}'’\\-]+(?: (?:van|von|de|der|da|di|la|le) )?(?: \\p{Lu}[\\p{L}\\p{M}'’\\-]+)*";
    private static final String INITIALS = "\\p{Lu}\\.(?:\\s?-?\\p{Lu}\\.)*";
    /** "Agarwal, A., Negahban, S. N., and Wainwright, M. J." up to its final period. */
    private static final Pattern SURNAME_FIRST = Pattern.compile(
            "(?:" + SURNAME + ", " + INITIALS + "(?:,? (?:and|&) |, ))*" + SURNAME + ", " + INITIALS + "(?: et al\\.)?");
    /** "Smith J, Doe K": surnames with undotted initials, the list a full stop ends. */
    private static final Pattern SURNAME_INITIALS = Pattern.compile("(?:" + SURNAME + " \\p{Lu}{1,3}, )*" + SURNAME + " \\p{Lu}{1,3}(?: et al)?");
    private static final Pattern INITIAL_END = Pattern.compile("(^|[\\s.\\-])\\p{Lu}$");

    private References() {
    }

    static List<PdfReference> parse(List<Segment> lines, Set<String> vocabulary) {
        List<List<Segment>> entries = entries(lines);
        List<PdfReference> out = new ArrayList<>();
        for (List<Segment> e : entries) {
            if (out.size() >= MAX_ENTRIES) {
                break;
            }
            String raw = TextMending.join(e.stream().map(Segment::text).toList(), vocabulary);
            if (Headings.letters(raw) >= 10) {
                out.add(entry(raw));
            }
        }
        return out;
    }

    static List<List<Segment>> entries(List<Segment> lines) {
        long labelled = lines.stream().filter(s -> LABEL.matcher(s.text()).matches()).count();
        boolean byLabel = labelled >= Math.max(2, lines.size() / 8);
        long indented = 0;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).x0() > lines.get(i - 1).x0() + 0.8f * lines.get(i).size() && lines.get(i).page() == lines.get(i - 1).page()) {
                indented++;
            }
        }
        boolean hanging = !byLabel && indented >= Math.max(2, lines.size() / 7);
        List<List<Segment>> out = new ArrayList<>();
        List<Segment> current = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Segment s = lines.get(i);
            boolean starts;
            if (current.isEmpty()) {
                starts = true;
            } else if (byLabel) {
                starts = LABEL.matcher(s.text()).matches();
            } else if (hanging) {
                starts = s.x0() < margin(lines, i) + 0.5f * s.size();
            } else {
                Segment prev = current.getLast();
                starts = s.page() == prev.page() && s.top() > prev.top() && s.top() - prev.base() > 0.7f * s.size();
            }
            if (starts && !current.isEmpty()) {
                out.add(current);
                current = new ArrayList<>();
            }
            current.add(s);
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    /** The left margin of line {@code i}'s column: the least start of the lines near it on its page and in its column. */
    private static float margin(List<Segment> lines, int i) {
        Segment s = lines.get(i);
        float min = s.x0();
        for (int j = Math.max(0, i - 6); j < Math.min(lines.size(), i + 7); j++) {
            Segment o = lines.get(j);
            if (o.page() == s.page() && Math.abs(o.x0() - s.x0()) < 6 * s.size()) {
                min = Math.min(min, o.x0());
            }
        }
        return min;
    }

    static PdfReference entry(String raw) {
        String text = raw.replaceFirst("^(\\[[^\\]]{1,12}\\]|\\d{1,3}\\.)\\s*", "");
        Matcher y = YEAR.matcher(text);
        Integer year = null;
        String authors;
        String rest;
        boolean early = false;
        while (y.find()) {
            // An author-year entry states its year early; another style, at its end after pages and volumes.
            early = year == null && y.start() < 0.6 * text.length() && y.start() > 0 && looksLikeAuthors(text.substring(0, y.start()))
                    && text.substring(0, y.start()).matches(".*[.,(]\\s*");
            year = Integer.parseInt(y.group(1));
            if (early) {
                break;
            }
        }
        int cut;
        Matcher listed = SURNAME_FIRST.matcher(text);
        if (listed.lookingAt() && listed.end() < text.length() && text.charAt(listed.end() - 1) == '.') {
            authors = text.substring(0, listed.end());
            cut = listed.end() - 1;
        } else if (early) {
            authors = text.substring(0, y.start());
            cut = y.end();
        } else {
            cut = firstStop(text);
            authors = cut < 0 ? "" : text.substring(0, cut);
        }
        rest = cut < 0 ? "" : text.substring(Math.min(text.length(), cut + 1)).replaceFirst("^[\\s).,:]+", "");
        int titleEnd = firstStop(rest);
        String title = titleEnd > 10 ? rest.substring(0, titleEnd).strip() : null;
        if (title != null) {
            title = title.replaceAll("^[“\"]|[”\",]+$", "").strip();
        }
        return new PdfReference(raw, title, names(authors), year);
    }

    private static boolean looksLikeAuthors(String s) {
        return Headings.letters(s) >= 3 && s.length() < 400;
    }

    /** The first full stop (or "?" or "!") not ending an initial, "et al." or a title's question; -1 when none. */
    static int firstStop(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                String before = text.substring(0, i);
                if (c == '.' && (INITIAL_END.matcher(before).find() || before.endsWith("et al") || before.endsWith(" al"))
                        && !SURNAME_INITIALS.matcher(before).matches()) {
                    continue;
                }
                return i;
            }
        }
        return -1;
    }

    private static List<String> names(String authors) {
        String a = authors.replaceAll("[().,\\s]+$", "").replaceAll("\\bet al\\b\\.?", "").strip();
        if (a.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        String dotted = a + (a.endsWith(".") ? "" : ".");
        Matcher listed = Pattern.compile(SURNAME + ", " + INITIALS).matcher(dotted);
        if (SURNAME_FIRST.matcher(dotted).matches()) {
            while (listed.find()) {
                out.add(listed.group());
            }
            return out;
        }
        for (String part : a.split("\\s*(?:,\\s*and\\s+|\\band\\b|&|;|,)\\s*")) {
            String p = part.strip().replaceAll("^,|,$", "").strip();
            if (Headings.letters(p) >= 2) {
                out.add(p);
            }
        }
        return out;
    }
}
