package dev.paperscope.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Venue, year, DOI and arXiv id where page 1 prints them: in a footnote ("Appearing in Proceedings of
 * ..."), a footer ("To appear in ..."), a permission block, a banner, or the arXiv stamp set sideways in
 * the margin. The venue is cut before a copyright notice; its year is the last year it names, or else a
 * year in the same block of lines.
 */
final class PrintedVenue {
    private static final Pattern MARKER = Pattern.compile(
            "(?i)\\b(?:appearing in|to appear in|accepted (?:at|to|in|for)|published (?:as a conference paper )?(?:at|in)|presented at)\\s+(?:the\\s+)?"
                    + "|\\b(?=proceedings of\\b)|\\b(?=proc\\. of\\b)"
                    // a footnote that is the venue's name: "37th Conference on Neural Information Processing Systems (NeurIPS 2023)."
                    + "|^(?=\\d{1,3}(?:st|nd|rd|th)\\s+(?:annual\\s+)?(?:international\\s+)?(?:conference|workshop|symposium|meeting)\\b)");
    private static final Pattern END = Pattern.compile("(?i)(\\.\\s+(?:c\\s*)?(?:©|\\(c\\)|copyright|c\\s+(?:19|20)\\d\\d)|\\s*©|\\s+copyright\\b|\\.\\s+(?:permission|this work|articles from)\\b|\\.\\s*$)");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d/.-])(19[5-9]\\d|20\\d\\d)(?![\\d/])");
    private static final Pattern PLACEHOLDER = Pattern.compile("[nNxX#.\\-]+");
    /** A bracketed label and a name start an entry of a reference list: such a block is no venue footnote. */
    private static final Pattern REFERENCE_ENTRY = Pattern.compile("\\[\\d{1,3}\\]\\s+\\p{Lu}");
    static final Pattern DOI = Pattern.compile("\\b10\\.\\d{4,9}/[-._;()/:A-Za-z0-9]+");
    static final Pattern ARXIV = Pattern.compile("(?i)arXiv:\\s*(\\d{4}\\.\\d{4,5}|[a-z][a-z.\\-]*/\\d{7})(v\\d+)?");

    record Found(String venue, Integer year, String block, List<Segment> lines) {
        Found {
            lines = List.copyOf(lines);
        }
    }

    private PrintedVenue() {
    }

    /**
     * Blocks of page 1 where a venue is printed, not discussed: rows in the top or bottom margin or set
     * smaller than the body, of one size and close together in reading order.
     */
    static List<List<Segment>> blocks(List<Segment> reading, PageLayout page, float bodySize) {
        List<List<Segment>> out = new ArrayList<>();
        List<Segment> lines = new ArrayList<>();
        for (Segment s : reading) {
            boolean printed = s.size() < bodySize - 0.3f || s.top() < 0.1f * page.height() || s.base() > 0.9f * page.height();
            Segment prev = lines.isEmpty() ? null : lines.getLast();
            if (!printed || prev != null && (Math.abs(prev.size() - s.size()) > 0.6f || s.top() - prev.base() > 0.8f * s.size()
                    || s.top() < prev.top())) {
                if (!lines.isEmpty()) {
                    out.add(lines);
                    lines = new ArrayList<>();
                }
            }
            if (printed) {
                lines.add(s);
            }
        }
        if (!lines.isEmpty()) {
            out.add(lines);
        }
        return out;
    }

    static Optional<Found> venue(List<List<Segment>> blocks) {
        for (List<Segment> lines : blocks) {
            String block = TextMending.join(lines.stream().map(Segment::text).toList(), java.util.Set.of());
            Matcher m = MARKER.matcher(block);
            if (!m.find() || REFERENCE_ENTRY.matcher(block).find()) {
                continue;
            }
            int start = m.end();
            int proceedings = block.toLowerCase(java.util.Locale.ROOT).indexOf("proceedings of", m.start());
            if (proceedings >= 0) {
                start = proceedings;
            }
            String rest = block.substring(start);
            Matcher end = END.matcher(rest);
            String venue = (end.find() ? rest.substring(0, end.start()) : rest).strip().replaceAll("[.,;:]+$", "");
            if (venue.length() < 4 || venue.length() > 300) {
                continue;
            }
            Integer year = lastYear(venue).or(() -> lastYear(block)).orElse(null);
            return Optional.of(new Found(venue, year, block, lines));
        }
        return Optional.empty();
    }

    static Optional<Integer> lastYear(String s) {
        Matcher m = YEAR.matcher(s);
        Integer y = null;
        while (m.find()) {
            y = Integer.parseInt(m.group(1));
        }
        return Optional.ofNullable(y);
    }

    /** The first DOI printed, passing over a template's placeholder ("10.1145/nnnnnnn.nnnnnnn"). */
    static Optional<String> doi(String text) {
        Matcher m = DOI.matcher(text);
        while (m.find()) {
            String doi = m.group().replaceAll("[.,;)]+$", "");
            if (!PLACEHOLDER.matcher(doi.substring(doi.indexOf('/') + 1)).matches()) {
                return Optional.of(doi);
            }
        }
        return Optional.empty();
    }

    static Optional<String> arxiv(String text) {
        Matcher m = ARXIV.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
