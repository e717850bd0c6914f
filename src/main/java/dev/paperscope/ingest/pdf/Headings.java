package dev.paperscope.ingest.pdf;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Section headings by layout: a short line, numbered or set bold or larger than the body, or a usual heading's words. */
final class Headings {
    static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2}(\\.\\d{1,2}){0,3}\\.?|[IVX]{1,5}\\.|[A-H]\\.?(\\d{1,2}(\\.\\d{1,2})*)?)\\s+\\p{Lu}.*");
    private static final Pattern NUMBER_PREFIX = Pattern.compile("^(\\d{1,2}(\\.\\d{1,2}){0,3}\\.?|[IVX]{1,5}\\.|[A-H]\\.(\\d{1,2})?)\\s+");
    private static final Set<String> USUAL = Set.of("abstract", "introduction", "related work", "background", "conclusion",
            "conclusions", "discussion", "references", "bibliography", "acknowledgments", "acknowledgements", "acknowledgment",
            "acknowledgement", "appendix", "experiments", "results", "methods", "method", "evaluation", "future work",
            "conclusions and future work", "literature cited", "keywords", "index terms", "categories and subject descriptors",
            "general terms");
    private static final Set<String> REFERENCES = Set.of("references", "bibliography", "literature cited", "works cited", "reference");

    private Headings() {
    }

    /** True when the segment reads as a section heading in a body set at {@code bodySize}. */
    static boolean is(Segment s, float bodySize) {
        return is(s, bodySize, false);
    }

    /**
     * As {@link #is(Segment, float)}; with {@code numberedOnly} (a paper that numbers its sections) an
     * unnumbered line is a heading only when its words are a usual heading's: bold labels in figures are not.
     */
    static boolean is(Segment s, float bodySize, boolean numberedOnly) {
        String t = s.text();
        if (t.length() > 90 || t.length() < 3 || t.split(" ").length > 14) {
            return false;
        }
        String words = bare(t);
        if (USUAL.contains(words)) {
            return true;
        }
        boolean marked = s.bold() || s.size() > bodySize + 0.6f;
        if (NUMBERED.matcher(t).matches()) {
            return marked && !t.endsWith(",") && letters(t) >= 3;
        }
        // An unnumbered heading: all bold or larger, starting with a capital, not ending a sentence.
        return !numberedOnly && marked && Character.isUpperCase(t.codePointAt(0)) && !t.endsWith(".") && !t.endsWith(",") && letters(t) >= 4
                && s.size() >= bodySize - 0.6f && t.length() <= 70;
    }

    /** The heading's words without its number and final punctuation, lower case: "3.1 Results:" is "results". */
    static String bare(String heading) {
        String t = NUMBER_PREFIX.matcher(heading.strip()).replaceFirst("");
        t = t.replaceAll("[.:\\s]+$", "");
        if (t.matches("(\\p{Lu} ){3,}\\p{Lu}")) {
            t = t.replace(" ", ""); // letter-spaced "R E F E R E N C E S"
        }
        return t.toLowerCase(Locale.ROOT).strip();
    }

    /** True when at least two segments are numbered headings: the paper numbers its sections. */
    static boolean numbered(java.util.List<java.util.List<Segment>> pages, float bodySize) {
        long n = pages.stream().flatMap(java.util.List::stream)
                .filter(s -> s.text().length() <= 90 && NUMBERED.matcher(s.text()).matches() && is(s, bodySize)).count();
        return n >= 2;
    }

    static boolean isReferences(Segment s, float bodySize) {
        return REFERENCES.contains(bare(s.text())) && s.text().length() < 40;
    }

    /** A heading that ends the references: an appendix or a new numbered section. */
    static boolean endsReferences(Segment s, float bodySize) {
        String b = bare(s.text());
        return is(s, bodySize) && (b.startsWith("appendix") || b.startsWith("supplementary") || NUMBERED.matcher(s.text()).matches()
                && (s.bold() || s.size() > bodySize + 0.6f) && !Character.isDigit(s.text().charAt(0)) && s.text().length() < 60);
    }

    static int letters(String s) {
        return (int) s.codePoints().filter(Character::isLetter).count();
    }
}
