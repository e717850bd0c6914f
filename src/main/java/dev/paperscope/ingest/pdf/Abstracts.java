package dev.paperscope.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The abstract of page 1: the text after an "Abstract" heading (on a line of its own or run in, as in
 * "Abstract—We ..."), read in column order while the font size stays that of its first line and no
 * heading comes; with no such heading, the first paragraph of body text below the header.
 */
final class Abstracts {
    private static final Pattern HEADING = Pattern.compile("(?i)^(abstract|a b s t r a c t|summary)\\b\\s*[.:—–-]?\\s*(.*)$");
    /** Lines that follow an abstract without a heading's look: keywords and classification lines. */
    private static final Pattern AFTER = Pattern.compile("(?i)^(index terms|keywords|key words|ccs concepts|categories and subject descriptors|general terms)\\b.*");
    static final int MAX_CHARS = 6_000;

    /** Where the abstract starts: the heading segment's index in reading order, and the text run in after it. */
    record Start(int index, String runIn) {
    }

    private Abstracts() {
    }

    static Start heading(List<Segment> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            Matcher m = HEADING.matcher(ordered.get(i).text());
            if (m.matches() && (m.group(2).isEmpty() || m.group(2).length() > 20 && !m.group(1).equalsIgnoreCase("summary"))) {
                return new Start(i, m.group(2));
            }
        }
        return null;
    }

    /** True for an abstract heading, alone or run in. */
    static boolean isHeading(String line) {
        return HEADING.matcher(line).matches();
    }

    /** The text after a run-in abstract heading ("Abstract—We show ..." gives "We show ..."), or null for another line. */
    static String runIn(String line) {
        Matcher m = HEADING.matcher(line);
        return m.matches() && m.group(2).length() > 20 && !m.group(1).equalsIgnoreCase("summary") ? m.group(2) : null;
    }

    /** The abstract's lines from {@code from} (exclusive of a heading line) in reading order. */
    static List<Segment> body(List<Segment> ordered, int from, float bodySize) {
        List<Segment> lines = new ArrayList<>();
        int chars = 0;
        for (int i = from; i < ordered.size() && chars < MAX_CHARS; i++) {
            Segment s = ordered.get(i);
            if (!lines.isEmpty()) {
                Segment first = lines.getFirst();
                Segment prev = lines.getLast();
                if (Math.abs(s.size() - first.size()) > 0.6f || Headings.is(s, bodySize) || s.top() - prev.base() > 2.5f * first.size()
                        || AFTER.matcher(s.text()).matches()) {
                    break;
                }
            } else if (Headings.is(s, bodySize)) {
                break;
            }
            lines.add(s);
            chars += s.text().length();
        }
        return lines;
    }

    /**
     * The first body paragraph after {@code from} when no heading names the abstract: at least {@code minChars}
     * long, starting on a line of prose (lines of names, affiliations, e-mails and dates are passed over).
     */
    static List<Segment> firstParagraph(List<Segment> ordered, int from, float bodySize, int minChars) {
        for (int i = from; i < ordered.size(); i++) {
            if (!isProse(ordered.get(i).text())) {
                continue;
            }
            List<Segment> para = body(ordered, i, bodySize);
            int chars = para.stream().mapToInt(s -> s.text().length()).sum();
            if (chars >= minChars && !Headings.is(ordered.get(i), bodySize)) {
                return para;
            }
            i += Math.max(0, para.size() - 1);
        }
        return List.of();
    }

    /**
     * A line of running text: four words or more, mostly in lower case, neither names nor a contact. An
     * affiliation ("Department of Physics, Bilkent University, Ankara") or a date line is capitalised word after word.
     */
    static boolean isProse(String line) {
        String[] words = line.replaceAll("[^\\p{L}\\s]", " ").strip().split("\\s+");
        if (words.length < 4 || AuthorNames.isContact(line) || !AuthorNames.names(line).isEmpty()) {
            return false;
        }
        long lower = java.util.Arrays.stream(words).filter(w -> !w.isEmpty() && Character.isLowerCase(w.codePointAt(0))).count();
        return lower * 10 >= words.length * 4L;
    }

    static String text(String runIn, List<Segment> lines, Set<String> vocabulary) {
        List<String> texts = new ArrayList<>();
        if (runIn != null && !runIn.isEmpty()) {
            texts.add(runIn);
        }
        lines.forEach(s -> texts.add(s.text()));
        return TextMending.join(texts, vocabulary);
    }
}
