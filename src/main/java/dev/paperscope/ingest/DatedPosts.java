package dev.paperscope.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A blog archive as blogs list their posts, without attribution footers: per post a title, a date line
 * (the date, often a byline: {@code Posted on March 4, 2024 by Ada Quill}, {@code Feb 12, 2024 · A, B}) right
 * before or after the title, and a summary paragraph. Posts are found by their date lines; whether a page puts
 * the title before or after them is read from the page (the way most of its date lines are placed). Lines
 * that are no prose (a "continue reading" link, a category line) are not part of the summary.
 */
final class DatedPosts {
    private static final String MONTHS = "jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august"
            + "|sep|sept|september|oct|october|nov|november|dec|december";
    static final Pattern DATE = Pattern.compile("(?:(?<m1>" + MONTHS + ")\\.?\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y1>\\d{4})"
            + "|(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<m2>" + MONTHS + ")\\.?,?\\s+(?<y2>\\d{4})"
            + "|(?<y3>\\d{4})-(?<m3>\\d{2})-(?<d3>\\d{2}))(?![\\d\\p{L}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[•◦▪‣●○■–*+-]|\\d{1,3}[.)])\\s+");
    private static final Pattern SEGMENTS = Pattern.compile("\\s*[·|•]\\s*|\\bby\\b");
    private static final Pattern NAMES = Pattern.compile("\\s*(?:,|\\band\\b|&)\\s*");
    private static final int MAX_DATELINE_WORDS = 20;
    private static final int MAX_TITLE_CHARS = 200;

    private DatedPosts() {
    }

    /** A post: its title line, date line and the lines its block spans ({@code [first, end)}, 0-based). */
    record Found(int title, int dateLine, int first, int end, LocalDate date) {
    }

    /** The text of a line without its list bullet. */
    private static String text(String line) {
        return PageText.strip(BULLET.matcher(line).replaceFirst(""));
    }

    /** The date of a date line, or null when the line is none. */
    static LocalDate dateOf(String line) {
        String s = text(line);
        Matcher m = DATE.matcher(s);
        if (s.isEmpty() || !m.find() || ConferenceLines.wordCount(s) > MAX_DATELINE_WORDS || s.matches(".*[.!?]$")) {
            return null;
        }
        try {
            if (m.group("y3") != null) {
                return LocalDate.of(Integer.parseInt(m.group("y3")), Integer.parseInt(m.group("m3")), Integer.parseInt(m.group("d3")));
            }
            boolean first = m.group("m1") != null;
            return LocalDate.of(Integer.parseInt(first ? m.group("y1") : m.group("y2")), month(first ? m.group("m1") : m.group("m2")),
                    Integer.parseInt(first ? m.group("d1") : m.group("d2")));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Month month(String name) {
        String n = name.toLowerCase(Locale.ROOT).substring(0, 3);
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(n)) {
                return m;
            }
        }
        throw new DateTimeException("no month " + name);
    }

    static boolean isTitle(String line) {
        String s = text(line);
        return !s.isEmpty() && s.length() <= MAX_TITLE_CHARS && !s.matches(".*[.!?:;,]$") && dateOf(line) == null
                && !ConferenceLines.isParagraph(s);
    }

    static boolean isProse(String line) {
        return ConferenceLines.isAbstractText(text(line));
    }

    /** Posts in page order; empty unless at least two date lines sit beside a title and a summary. */
    static List<Found> find(List<String> lines) {
        List<Integer> before = new ArrayList<>();
        List<Integer> after = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (dateOf(lines.get(i)) == null) {
                continue;
            }
            int previous = ConferenceLines.previousNonBlank(lines, i);
            int next = ConferenceLines.nextNonBlank(lines, i + 1);
            int afterNext = next < 0 ? -1 : ConferenceLines.nextNonBlank(lines, next + 1);
            if (previous >= 0 && isTitle(lines.get(previous)) && next >= 0 && isProse(lines.get(next))) {
                before.add(i);
            } else if (next >= 0 && isTitle(lines.get(next)) && afterNext >= 0 && isProse(lines.get(afterNext))) {
                after.add(i);
            }
        }
        boolean titleFirst = before.size() >= after.size();
        List<Integer> dateLines = titleFirst ? before : after;
        List<Found> posts = new ArrayList<>();
        if (dateLines.size() < 2) {
            return posts;
        }
        for (int k = 0; k < dateLines.size(); k++) {
            int d = dateLines.get(k);
            int title = titleFirst ? ConferenceLines.previousNonBlank(lines, d) : ConferenceLines.nextNonBlank(lines, d + 1);
            int first = Math.min(title, d);
            int end = lines.size();
            if (k + 1 < dateLines.size()) {
                int nextDate = dateLines.get(k + 1);
                end = titleFirst ? ConferenceLines.previousNonBlank(lines, nextDate) : nextDate;
            }
            posts.add(new Found(title, d, first, end, dateOf(lines.get(d))));
        }
        return posts;
    }

    /** Detection: two or more dated posts; the more of the page's date lines are posts, the surer. */
    static double detect(List<String> lines) {
        List<Found> posts = find(lines);
        if (posts.isEmpty()) {
            return 0;
        }
        long dateLines = lines.stream().filter(l -> dateOf(l) != null).count();
        return (0.6 + 0.3 * Math.min(1.0, (posts.size() - 1) / 2.0)) * posts.size() / dateLines;
    }

    static List<SourceRecord> parse(SourceDocument doc, String format) {
        List<String> lines = doc.lines();
        List<SourceRecord> records = new ArrayList<>();
        for (Found post : find(lines)) {
            List<String> summary = new ArrayList<>();
            int last = Math.max(post.title(), post.dateLine());
            for (int i = last + 1; i < post.end(); i++) {
                if (isProse(lines.get(i))) {
                    summary.add(text(lines.get(i)));
                    last = i;
                }
            }
            String title = text(lines.get(post.title()));
            BlogArchiveParser.Post asPost = new BlogArchiveParser.Post(post.first(), last + 1, null);
            PostVenue venue = PostVenue.find(lines, asPost).orElse(null);
            SourceRecord.Builder b = SourceRecord.builder(RecordKind.BLOG_POST, doc.sourceAt(post.title() + 1, format)).title(title)
                    .abstractText(String.join("\n\n", summary)).extra("date", post.date().toString())
                    .derived("date", "from the date line (line " + (post.dateLine() + 1) + "): '" + text(lines.get(post.dateLine())) + "'")
                    .raw(String.join("\n", lines.subList(post.first(), last + 1)));
            List<String> authors = byline(lines.get(post.dateLine()));
            if (!authors.isEmpty()) {
                b.authors(authors).derived("authors", "from the byline of the date line (line " + (post.dateLine() + 1) + ")");
            }
            if (venue != null) {
                venue.applyTo(b);
            }
            records.add(b.build());
            records.addAll(LabPaperList.papers(doc, asPost, title, venue));
        }
        return records;
    }

    /** The names a date line gives beside its date: a part of it (between separators or after "by") of names only. */
    static List<String> byline(String line) {
        String rest = DATE.matcher(text(line)).replaceAll(" ");
        List<String> authors = new ArrayList<>();
        for (String segment : SEGMENTS.split(rest)) {
            List<String> names = new ArrayList<>();
            for (String part : NAMES.split(PageText.strip(segment))) {
                if (!PageText.isBlank(part)) {
                    names.add(PageText.strip(part));
                }
            }
            if (!names.isEmpty() && names.stream().allMatch(ConferenceLines::isLoneName)) {
                authors.addAll(names);
            }
        }
        return authors;
    }
}
