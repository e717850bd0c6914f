package dev.paperscope.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A curated reading list saved as text: a paper's title on a line of its own, directly followed by bullet
 * points that summarise it (nested and numbered bullets included), with section headers between groups
 * of entries. Each entry becomes a {@code paper} whose abstract is its bullets, one per line.
 *
 * <p>Title and header are told apart by what follows them: a title's bullets start on the very next line;
 * a header is followed by a blank line or by another top-level line. An entry takes the nearest header
 * above it as its section, even where the page evidently forgot one (the seed list's NLP papers still
 * sit under "Computer Vision"): the parser records what the page says, nothing invented. Bullets under
 * a header rather than a title introduce the page or section and belong to no paper.
 *
 * <p>Display maths ({@code \[ … \]}, {@code $$ … $$}) may stand at the top level between bullets; it is
 * part of the summary, never a title.
 */
final class ReadingListParser implements Parser {
    static final String FORMAT = "reading-list";

    /** Glyph bullets at any depth; numbered items only when indented, as a numbered top-level line may be a title. */
    private static final Pattern BULLET = Pattern.compile("^(?:\\s*[•◦▪‣●○■–*+-]|\\s+\\d{1,3}[.)])\\s+\\S.*$");
    private static final Pattern BULLET_GLYPH = Pattern.compile("^\\s*[•◦▪‣●○■–*+-]\\s+");
    private static final int MAX_TITLE_CHARS = 300;

    private enum Kind { BLANK, BULLET, MATH, INDENTED, TEXT }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean writesSummaries() {
        return true;
    }

    /**
     * Summary lines (bullets, maths, their continuations) make up most of the page, and titles (text lines
     * directly followed by bullets) are at least half of the other lines; headers are the rest.
     */
    @Override
    public double detect(SourceDocument doc) {
        if (TitledItems.share(doc.lines()).isItemList()) {
            return TitledItems.detect(doc.lines());
        }
        Kind[] kinds = classify(doc.lines(), false);
        int summary = 0;
        int titles = 0;
        int otherText = 0;
        for (int i = 0; i < kinds.length; i++) {
            switch (kinds[i]) {
                case BULLET, MATH, INDENTED -> summary++;
                case TEXT -> {
                    if (isTitle(kinds, i)) {
                        titles++;
                    } else {
                        otherText++;
                    }
                }
                case BLANK -> { }
            }
        }
        if (titles < 2) {
            return 0.0;
        }
        double summaryShare = (double) summary / (summary + titles + otherText);
        double titleShare = (double) titles / (titles + otherText);
        return 0.5 * Math.min(1.0, summaryShare / 0.6) + 0.45 * Math.min(1.0, 2 * titleShare);
    }

    @Override
    public List<SourceRecord> parse(SourceDocument doc) throws ParseException {
        List<String> lines = doc.lines();
        if (TitledItems.share(lines).isItemList()) {
            return TitledItems.parse(doc, FORMAT);
        }
        Kind[] kinds = classify(lines, true);
        if (kinds == null) {
            throw doc.error(unclosedMath(lines) + 1, "display maths opened here is never closed");
        }
        List<SourceRecord> records = new ArrayList<>();
        for (ReadingListEntry entry : readEntries(doc, kinds)) {
            records.add(entry.toRecord(doc, FORMAT));
        }
        return records;
    }

    private static List<ReadingListEntry> readEntries(SourceDocument doc, Kind[] kinds) throws ParseException {
        List<String> lines = doc.lines();
        List<ReadingListEntry> entries = new ArrayList<>();
        String section = null;
        ReadingListEntry current = null;
        for (int i = 0; i < lines.size(); i++) {
            String text = PageText.strip(lines.get(i));
            switch (kinds[i]) {
                case TEXT -> {
                    if (isTitle(kinds, i)) {
                        current = new ReadingListEntry(i, checkedTitle(doc, i, text), section);
                        entries.add(current);
                    } else {
                        failIfLastLine(doc, i, entries);
                        // A heading stands alone; lines in a run of such lines (a table's column labels) name no section.
                        if (!isPlainText(kinds, i - 1) && !isPlainText(kinds, i + 1)) {
                            section = text;
                        }
                        current = null;
                    }
                }
                case BULLET, MATH -> {
                    if (current != null) {
                        current.addItem(i, itemText(lines.get(i)));
                    }
                }
                case INDENTED -> {
                    if (current != null) {
                        current.continueItem(i, text);
                    }
                }
                case BLANK -> { }
            }
        }
        return entries;
    }

    private static String checkedTitle(SourceDocument doc, int i, String text) throws ParseException {
        if (text.length() > MAX_TITLE_CHARS) {
            throw doc.error(i + 1, "a line of " + text.length() + " characters is followed by bullet points;"
                    + " expected a paper title of at most " + MAX_TITLE_CHARS);
        }
        return text;
    }

    /** A list whose last line is a title without bullets was cut off; failing beats silently dropping that entry. */
    private static void failIfLastLine(SourceDocument doc, int i, List<ReadingListEntry> entries) throws ParseException {
        if (!entries.isEmpty() && PageText.nextNonBlank(doc.lines(), i + 1) < 0) {
            throw doc.error(i + 1, "the page ends with '" + PageText.strip(doc.lines().get(i))
                    + "', which has no bullet points under it (truncated entry?)");
        }
    }

    /** A text line that is not a title (a heading, or a label of some kind); false outside the page. */
    private static boolean isPlainText(Kind[] kinds, int i) {
        return i >= 0 && i < kinds.length && kinds[i] == Kind.TEXT && !isTitle(kinds, i);
    }

    private static boolean isTitle(Kind[] kinds, int i) {
        return kinds[i] == Kind.TEXT && i + 1 < kinds.length && kinds[i + 1] == Kind.BULLET;
    }

    /** The bullet's text without its glyph; a number is kept, as "1." carries meaning glyphs do not. */
    private static String itemText(String line) {
        Matcher glyph = BULLET_GLYPH.matcher(line);
        return PageText.strip(glyph.find() ? line.substring(glyph.end()) : line);
    }

    /** Line kinds, or null when {@code strict} and a display-maths block is never closed. */
    private static Kind[] classify(List<String> lines, boolean strict) {
        Kind[] kinds = new Kind[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String s = PageText.strip(line);
            if (DisplayMath.opens(s)) {
                int close = DisplayMath.closingLine(lines, i);
                if (close < 0 && strict) {
                    return null;
                }
                int last = close < 0 ? lines.size() - 1 : close;
                for (int j = i; j <= last; j++) {
                    kinds[j] = Kind.MATH;
                }
                i = last;
            } else if (s.isEmpty()) {
                kinds[i] = Kind.BLANK;
            } else if (BULLET.matcher(line).matches()) {
                kinds[i] = Kind.BULLET;
            } else {
                kinds[i] = Character.isWhitespace(line.charAt(0)) ? Kind.INDENTED : Kind.TEXT;
            }
        }
        return kinds;
    }

    private static int unclosedMath(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (DisplayMath.opens(PageText.strip(lines.get(i)))) {
                int close = DisplayMath.closingLine(lines, i);
                if (close < 0) {
                    return i;
                }
                i = close;
            }
        }
        return 0;
    }
}
