package dev.paperscope.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reading list of one-line entries, as a rendered Markdown "awesome list" has them: each paper is a bullet
 * holding its (linked) title, a dash and a note ({@code • Title - Authors et al., Venue Year. What it does.}),
 * under section headings. Told from a list of titles with summary bullets by its bullets: most top-level
 * bullets of the page have this title-dash-note shape, where summary bullets are sentences.
 *
 * <p>The note is the entry's summary; authors named at its start ("Dettmers et al.,", "Frankle &amp; Carbin,")
 * are the author mention, and the venue and year that sentence states are read as well. Bullets nested under
 * an entry continue its note; top-level bullets without the shape (a table of contents) are no entries.
 */
final class TitledItems {
    private static final Pattern TOP_BULLET = Pattern.compile("^\\s{0,2}(?:[•◦▪‣●○■–*+-]|\\d{1,3}[.)])\\s+(?<text>\\S.*)$");
    private static final Pattern NESTED_BULLET = Pattern.compile("^\\s{3,}(?:[•◦▪‣●○■–*+-]|\\d{1,3}[.)])\\s+(?<text>\\S.*)$");
    private static final Pattern ITEM = Pattern.compile("^(?<title>\\S.*?\\S)\\s+[-–—]\\s+(?<note>\\S.*)$");
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("[.!?]\\s+\\p{Lu}");
    private static final int MAX_TITLE_WORDS = 30;
    private static final int MAX_TITLE_CHARS = 300;
    /** Names the note opens with, then a comma: "Dettmers et al.,", "Frankle & Carbin,", "Hinton,". */
    private static final String NAME = "\\p{Lu}[\\p{L}\\p{M}'’\\-]*\\p{Ll}[\\p{L}\\p{M}'’\\-]*";
    private static final Pattern LEADING_AUTHORS = Pattern.compile(
            "^(?<who>" + NAME + "(?:\\s+" + NAME + ")?(?:\\s+(?:and|&)\\s+" + NAME + "(?:\\s+" + NAME + ")?|\\s+(?:et|at)\\s+al\\.)?),");
    private static final Pattern BARE_YEAR = Pattern.compile("^\\s*((?:19|20)\\d{2})(?!\\d)");

    private TitledItems() {
    }

    /** The title and note of a bullet's text, or null when it has not the title-dash-note shape. */
    static String[] split(String text) {
        Matcher m = ITEM.matcher(PageText.strip(text));
        if (!m.matches()) {
            return null;
        }
        String title = m.group("title");
        int words = ConferenceLines.wordCount(title);
        boolean titleLike = words <= MAX_TITLE_WORDS && title.length() <= MAX_TITLE_CHARS && !title.matches(".*[.!?,;]$")
                && (Character.isUpperCase(title.codePointAt(0)) || Character.isDigit(title.codePointAt(0)))
                && !SENTENCE_INSIDE.matcher(title).find();
        return titleLike ? new String[] {title, m.group("note")} : null;
    }

    /**
     * Top-level bullets in the page's lists that hold titled items, and how many of them are items. A list is
     * a run of bullets (nested ones included); one without items (a table of contents) does not count.
     */
    record Share(int bullets, int items) {
        /** At least two items, and most of the bullets of the lists they are in. */
        boolean isItemList() {
            return items >= 2 && items * 3 >= bullets * 2;
        }
    }

    static Share share(List<String> lines) {
        int bullets = 0;
        int items = 0;
        int groupBullets = 0;
        int groupItems = 0;
        for (String line : lines) {
            Matcher m = TOP_BULLET.matcher(line);
            if (m.matches()) {
                groupBullets++;
                groupItems += split(m.group("text")) != null ? 1 : 0;
            } else if (!NESTED_BULLET.matcher(line).matches()) {
                bullets += groupItems > 0 ? groupBullets : 0;
                items += groupItems;
                groupBullets = 0;
                groupItems = 0;
            }
        }
        return new Share(bullets + (groupItems > 0 ? groupBullets : 0), items + groupItems);
    }

    /** Detection: items make up most bullets; the more of the page's text lines are headings of items, the surer. */
    static double detect(List<String> lines) {
        Share share = share(lines);
        if (!share.isItemList()) {
            return 0;
        }
        return 0.6 + 0.3 * Math.min(1.0, (share.items() - 1) / 3.0) * ((double) share.items() / share.bullets());
    }

    static List<SourceRecord> parse(SourceDocument doc, String format) {
        List<String> lines = doc.lines();
        List<SourceRecord> records = new ArrayList<>();
        String section = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (PageText.isBlank(line)) {
                continue;
            }
            Matcher top = TOP_BULLET.matcher(line);
            if (!top.matches()) {
                if (!Character.isWhitespace(line.charAt(0))) {
                    section = PageText.strip(line);
                }
                continue;
            }
            String[] item = split(top.group("text"));
            if (item == null) {
                continue;
            }
            int last = i;
            StringBuilder note = new StringBuilder(PageText.strip(item[1]));
            for (int j = i + 1; j < lines.size(); j++) {
                Matcher nested = NESTED_BULLET.matcher(lines.get(j));
                if (!nested.matches()) {
                    break;
                }
                note.append('\n').append(PageText.strip(nested.group("text")));
                last = j;
            }
            records.add(record(doc, format, i, last, item[0], note.toString(), section));
            i = last;
        }
        return records;
    }

    private static SourceRecord record(SourceDocument doc, String format, int first, int last, String title, String note,
                                       String section) {
        SourceRecord.Builder b = SourceRecord.builder(RecordKind.PAPER, doc.sourceAt(first + 1, format)).title(title)
                .section(section).abstractText(note).raw(String.join("\n", doc.lines().subList(first, last + 1)));
        Matcher who = LEADING_AUTHORS.matcher(note);
        if (who.find()) {
            String where = "stated in line " + (first + 1) + ": '";
            b.authorMention(who.group("who")).derived("author_mention", where + Sentences.quoteUpTo(note, 0, who.end("who")) + "'");
            int sentenceEnd = Sentences.end(note, who.end());
            String clause = note.substring(who.end(), sentenceEnd);
            StatedVenues.inClause(clause).ifPresentOrElse(s -> {
                String quote = where + Sentences.quoteUpTo(note, 0, who.end() + s.end()) + "'";
                if (s.venue() != null) {
                    b.venue(s.venue()).derived("venue", quote);
                }
                if (s.year() != null) {
                    b.year(s.year()).derived("year", quote);
                }
            }, () -> {
                Matcher year = BARE_YEAR.matcher(clause);
                if (year.find()) {
                    b.year(Integer.parseInt(year.group(1))).derived("year", where + Sentences.quoteUpTo(note, 0, who.end() + year.end()) + "'");
                }
            });
        }
        return b.build();
    }
}
