package dev.paperscope.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Conference listings that give each paper's title, as most sites do: per entry a title line and an author
 * line right under it (names joined by {@code " · "} or by commas and "and"), then optionally detail lines
 * (a session, a {@code [ Room ]}) and an abstract. Entries may stand in blocks (blank lines between) or in a
 * table's rows (one line per cell, none between); a line before a title is either the previous entry's
 * detail or this entry's label, which the page's last entry settles: details follow its authors, or
 * nothing does. A label names an award when it says so ("Outstanding Paper", "Honorable Mentions", "Best
 * Paper Award", "Test of Time"): a heading over several entries, or repeated on each; it holds for the
 * entries that follow until the next label.
 *
 * <p>Titles are what tell this shape from the untitled listings: the lines above the author lines are all
 * different (a label repeated over every entry is a label, not a title).
 */
final class TitledListing {
    private static final Pattern AWARD = Pattern.compile("(?i)\\b(?:awards?|prizes?|outstanding|best|honou?rable mentions?"
            + "|runners?[- ]up|test of time|distinguished)\\b");
    private static final Pattern NAME_LIST = Pattern.compile("\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*)");
    private static final int MAX_TITLE_WORDS = 40;

    private TitledListing() {
    }

    /** One entry; indexes are 0-based lines, -1 when absent. */
    record Entry(int label, int title, int authors, int last, String award, String session, String room, String abstractText) {
    }

    /** The shape: entries, and how many author lines the page has (entries or not). */
    record Shape(List<Entry> entries, int authorLines, int nonBlankFromFirst, int covered) {
        boolean fits() {
            return entries.size() >= 2 && entries.size() * 10 >= authorLines * 8;
        }

        double awardShare() {
            return entries.isEmpty() ? 0 : (double) entries.stream().filter(e -> e.award() != null).count() / entries.size();
        }

        double coverage() {
            return nonBlankFromFirst == 0 ? 0 : (double) covered / nonBlankFromFirst;
        }
    }

    /** Names joined by " · ", or by commas and "and"; two names at least for the comma form. */
    static boolean isAuthorList(String line) {
        String s = PageText.strip(line);
        if (ConferenceLines.isSeparatedAuthorLine(s)) {
            return true;
        }
        String[] parts = NAME_LIST.split(s);
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (!ConferenceLines.isLoneName(part)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTitle(String line) {
        String s = PageText.strip(line);
        return !s.isEmpty() && ConferenceLines.wordCount(s) <= MAX_TITLE_WORDS && !s.matches(".*[.:;,]$")
                && !ConferenceLines.isAbstractText(s) && !ConferenceLines.isRoom(s) && !TimeSlot.isSlot(s) && !isAuthorList(s);
    }

    static Shape of(List<String> lines) {
        List<Integer> authorLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (PageText.isBlank(line)) {
                continue;
            }
            int p = ConferenceLines.previousNonBlank(lines, i);
            boolean titled = p >= 0 && isTitle(lines.get(p));
            if (isAuthorList(line) && titled
                    || ConferenceLines.isLoneName(line) && titled && !ConferenceLines.isLoneName(lines.get(p)) && !beforeTitledEntry(lines, i) && !beforeNames(lines, i)) {
                authorLines.add(i);
            }
        }
        int allAuthorLines = 0;
        for (int i = 0; i < lines.size(); i++) {
            allAuthorLines += !PageText.isBlank(lines.get(i)) && ConferenceLines.isAuthorLineAt(lines, i) ? 1 : 0;
        }
        List<Entry> entries = new ArrayList<>();
        if (authorLines.size() < 2 || !distinctTitles(lines, authorLines)) {
            return new Shape(entries, Math.max(allAuthorLines, authorLines.size()), 0, 0);
        }
        boolean detailsAfter = hasDetails(lines, authorLines.getLast(), lines.size());
        String award = null;
        for (int k = 0; k < authorLines.size(); k++) {
            int a = authorLines.get(k);
            int title = ConferenceLines.previousNonBlank(lines, a);
            int nextTitle = k + 1 < authorLines.size() ? ConferenceLines.previousNonBlank(lines, authorLines.get(k + 1)) : lines.size();
            int label = -1;
            int before = ConferenceLines.previousNonBlank(lines, title);
            int previousEnd = k == 0 ? -1 : entries.getLast().last();
            if (before > previousEnd && ConferenceLines.isLabel(lines.get(before)) && !isAuthorList(lines.get(before))) {
                label = before;
                award = AWARD.matcher(lines.get(before)).find() ? PageText.strip(lines.get(before)) : null;
            }
            int end = nextTitle;
            if (!detailsAfter && k + 1 < authorLines.size()) {
                int nextBefore = ConferenceLines.previousNonBlank(lines, nextTitle);
                if (nextBefore > a && ConferenceLines.isLabel(lines.get(nextBefore))) {
                    end = nextBefore; // the next entry's label
                }
            }
            entries.add(read(lines, label, title, a, end, award));
        }
        Entry last = entries.getLast();
        if (last.abstractText() != null && entries.stream().filter(e -> e.abstractText() != null).count() == 1) {
            // No other entry has an abstract: prose after the last one is the page's own text (a footnote under a table).
            int blank = authorLines.getLast() + 1;
            while (blank < lines.size() && !PageText.isBlank(lines.get(blank))) {
                blank++;
            }
            entries.set(entries.size() - 1, read(lines, last.label(), last.title(), last.authors(), blank, last.award()));
        }
        int first = entries.getFirst().label() >= 0 ? entries.getFirst().label() : entries.getFirst().title();
        int nonBlank = 0;
        int covered = 0;
        Set<Integer> inEntries = new HashSet<>();
        for (Entry e : entries) {
            for (int i = e.label() >= 0 ? e.label() : e.title(); i <= e.last(); i++) {
                inEntries.add(i);
            }
        }
        for (int i = first; i < lines.size(); i++) {
            if (!PageText.isBlank(lines.get(i))) {
                nonBlank++;
                covered += inEntries.contains(i) ? 1 : 0;
            }
        }
        return new Shape(entries, Math.max(allAuthorLines, authorLines.size()), nonBlank, covered);
    }

    /** Whether a title and a list of names follow the line: it is then a label of that entry, not a lone author. */
    private static boolean beforeTitledEntry(List<String> lines, int i) {
        int next = ConferenceLines.nextNonBlank(lines, i + 1);
        int afterNext = next < 0 ? -1 : ConferenceLines.nextNonBlank(lines, next + 1);
        return afterNext >= 0 && isTitle(lines.get(next)) && isAuthorList(lines.get(afterNext));
    }

    /** Whether a list of names follows the line directly: a lone name there is a heading or a title, not an author. */
    private static boolean beforeNames(List<String> lines, int i) {
        int next = ConferenceLines.nextNonBlank(lines, i + 1);
        return next >= 0 && isAuthorList(lines.get(next));
    }

    private static boolean distinctTitles(List<String> lines, List<Integer> authorLines) {
        Set<String> titles = new HashSet<>();
        for (int a : authorLines) {
            titles.add(PageText.strip(lines.get(ConferenceLines.previousNonBlank(lines, a))));
        }
        return titles.size() * 10 > authorLines.size() * 8;
    }

    /** Whether short non-prose lines follow the author line directly (no blank line) before {@code end}. */
    private static boolean hasDetails(List<String> lines, int authors, int end) {
        int next = authors + 1;
        return next < end && !PageText.isBlank(lines.get(next)) && isDetail(lines.get(next));
    }

    private static boolean isDetail(String line) {
        String s = PageText.strip(line);
        return ConferenceLines.isRoom(s) || ConferenceLines.wordCount(s) <= 12 && !ConferenceLines.isAbstractText(s) && !isAuthorList(s);
    }

    /** The entry from its title to {@code end} (exclusive): details right under the authors, then prose. */
    private static Entry read(List<String> lines, int label, int title, int authors, int end, String award) {
        List<String> details = new ArrayList<>();
        String room = null;
        List<String> prose = new ArrayList<>();
        int last = authors;
        boolean inDetails = true;
        for (int i = authors + 1; i < end; i++) {
            String s = PageText.strip(lines.get(i));
            if (s.isEmpty()) {
                if (!prose.isEmpty()) {
                    break; // one abstract paragraph per entry, as in the untitled listings
                }
                inDetails = false;
                continue;
            }
            if (ConferenceLines.isRoom(s) && room == null) {
                room = ConferenceLines.room(s);
            } else if (inDetails && isDetail(s)) {
                details.add(s);
            } else if (ConferenceLines.isAbstractText(s)) {
                prose.add(s);
                inDetails = false;
            } else {
                break; // a line of the page, not of this entry
            }
            last = i;
        }
        return new Entry(label, title, authors, last, award, details.isEmpty() ? null : String.join(" · ", details), room,
                prose.isEmpty() ? null : String.join("\n\n", prose));
    }

    /** The names of an author line: " · " lists as the untitled listings read them, else split at commas and "and". */
    static ConferenceLines.AuthorLine authors(String line) {
        String s = PageText.strip(line);
        if (ConferenceLines.isSeparatedAuthorLine(s) || ConferenceLines.isLoneName(s)) {
            return ConferenceLines.authors(s);
        }
        return new ConferenceLines.AuthorLine(List.of(NAME_LIST.split(s)), false, List.of());
    }

    static List<SourceRecord> parse(SourceDocument doc, Shape shape, String format) {
        List<String> lines = doc.lines();
        List<SourceRecord> records = new ArrayList<>();
        for (Entry e : shape.entries()) {
            SourceRecord.Builder b = SourceRecord.builder(RecordKind.PAPER, doc.sourceAt(e.title() + 1, format))
                    .title(PageText.strip(lines.get(e.title()))).room(e.room()).session(e.session()).abstractText(e.abstractText())
                    .award(e.award());
            authors(lines.get(e.authors())).describe(b);
            if (e.award() != null && e.label() < 0) {
                b.derived("award", "from the heading '" + e.award() + "' above this entry, which names the award of the entries under it");
            }
            if (format.equals(OralListingParser.FORMAT)) {
                b.extra("presentation", "oral");
            }
            ConferenceLines.noteShortenedAbstract(b, e.abstractText());
            records.add(b.raw(ConferenceLines.raw(lines, e.title(), e.last())).build());
        }
        return records;
    }
}
