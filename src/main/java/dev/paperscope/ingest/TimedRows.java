package dev.paperscope.ingest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A schedule whose talks give only their times ({@code 10:30 – 10:50}, a zone and a room may follow) under
 * date headings ({@code Tuesday, July 23, 2024 (CEST)}): a programme table with time, room, title and
 * speaker columns, or blocks of a time line, a title, an author line and an abstract. Each time line starts
 * a talk on the date of the heading above it; the zone is the time line's, else the heading's. Between the
 * time and the title may stand the room; the title is the line above the author line (or, for a talk
 * without speakers, the last line of its row).
 */
final class TimedRows {
    private static final String TIME = "\\d{1,2}:\\d{2}(?:\\s*[ap]\\.?m\\.?)?";
    private static final String ZONE = "[A-Z]{2,5}(?:[+-]\\d{1,2}(?::?\\d{2})?)?";
    private static final Pattern TIME_LINE = Pattern.compile("^(?<start>" + TIME + ")(?:\\s*(?<startZone>" + ZONE + "))?\\s*(?:-|–|—|to)\\s*"
            + "(?<end>" + TIME + ")(?:\\s*(?<endZone>" + ZONE + "))?(?:\\s*[·|]\\s*(?<room>\\S.*))?$");
    private static final Pattern HEADING = Pattern.compile("^(?:[A-Za-z]+,?\\s+)?(?<date>.+?)(?:\\s*\\((?<zone>" + ZONE + ")\\))?$");
    private static final int MAX_ROOM_WORDS = 6;

    private TimedRows() {
    }

    /** A talk: its time line, the date heading above it, and the lines of its row ({@code [time, end)}). */
    record Talk(int time, int heading, int end) {
    }

    private static String text(String line) {
        return PageText.strip(line.replace('\u00A0', ' ').replace('\u202F', ' '));
    }

    /** The date of a heading line that is a date and nothing else (a weekday and a zone in brackets allowed), or null. */
    static LocalDate headingDate(String line) {
        Matcher m = HEADING.matcher(text(line));
        if (!m.matches()) {
            return null;
        }
        String withWeekday = text(line).substring(0, m.end("date"));
        for (String candidate : new String[] {withWeekday, m.group("date")}) {
            if (DatedPosts.DATE.matcher(candidate).matches()) {
                return DatedPosts.dateOf(candidate);
            }
        }
        return null;
    }

    static List<Talk> find(List<String> lines) {
        List<Talk> talks = new ArrayList<>();
        int heading = -1;
        int open = -1;
        for (int i = 0; i <= lines.size(); i++) {
            boolean isHeading = i < lines.size() && headingDate(lines.get(i)) != null;
            boolean isTime = i < lines.size() && TIME_LINE.matcher(text(lines.get(i))).matches();
            if (open >= 0 && (i == lines.size() || isHeading || isTime)) {
                talks.add(new Talk(open, heading, i));
                open = -1;
            }
            if (isHeading) {
                heading = i;
            } else if (isTime && heading >= 0) {
                open = i;
            }
        }
        return talks;
    }

    /** Two timed talks under date headings, each with a title. */
    static boolean fits(List<String> lines) {
        List<Talk> talks = find(lines);
        return talks.size() >= 2 && talks.stream().allMatch(t -> ConferenceLines.nextNonBlank(lines, t.time() + 1) >= 0
                && ConferenceLines.nextNonBlank(lines, t.time() + 1) < t.end());
    }

    static List<SourceRecord> parse(SourceDocument doc, String format) throws ParseException {
        List<String> lines = doc.lines();
        List<SourceRecord> records = new ArrayList<>();
        for (Talk talk : find(lines)) {
            records.add(talk(doc, talk, format));
        }
        return records;
    }

    private static SourceRecord talk(SourceDocument doc, Talk talk, String format) throws ParseException {
        List<String> lines = doc.lines();
        Matcher time = TIME_LINE.matcher(text(lines.get(talk.time())));
        time.matches();
        Matcher heading = HEADING.matcher(text(lines.get(talk.heading())));
        heading.matches();
        LocalDate date = headingDate(lines.get(talk.heading()));
        String zone = time.group("startZone") != null ? time.group("startZone") : time.group("endZone") != null ? time.group("endZone")
                : heading.group("zone");
        if (zone == null) {
            throw doc.error(talk.time() + 1, "the time " + ConferenceLines.quote(lines.get(talk.time())) + " names no time zone, nor does"
                    + " the date heading above it (line " + (talk.heading() + 1) + "); expected an abbreviation such as CEST");
        }
        String slotText = date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + date.getDayOfMonth() + " "
                + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getYear() + " " + time.group("start") + " "
                + (time.group("startZone") != null ? time.group("startZone") + " " : "") + "- " + time.group("end") + " "
                + (time.group("endZone") != null ? time.group("endZone") : zone);
        TimeSlot slot;
        try {
            slot = TimeSlot.parse(SourceDocument.of(doc.fileName(), slotText.getBytes(StandardCharsets.UTF_8)), 0, date);
        } catch (ParseException e) {
            throw doc.error(talk.time() + 1, e.problem());
        }
        SourceRecord.Builder b = SourceRecord.builder(RecordKind.TALK, doc.sourceAt(talk.time() + 1, format));
        SessionScheduleParser.describeSlot(b, slot, text(lines.get(talk.time())) + "' under the date heading '" + text(lines.get(talk.heading())),
                date);
        List<Integer> rows = new ArrayList<>();
        for (int i = talk.time() + 1; i < talk.end(); i++) {
            if (!PageText.isBlank(lines.get(i))) {
                rows.add(i);
            }
        }
        int authors = -1;
        for (int k = 1; k < rows.size() && authors < 0; k++) {
            String line = lines.get(rows.get(k));
            if (TitledListing.isAuthorList(line) || ConferenceLines.isLoneName(line) && !ConferenceLines.isLoneName(lines.get(rows.get(k - 1)))) {
                authors = k;
            }
        }
        int title = authors > 0 ? authors - 1 : lastShort(lines, rows);
        String room = time.group("room") != null ? PageText.strip(time.group("room")) : null;
        if (room == null && title == 1 && ConferenceLines.wordCount(text(lines.get(rows.getFirst()))) <= MAX_ROOM_WORDS) {
            room = ConferenceLines.isRoom(lines.get(rows.getFirst())) ? ConferenceLines.room(lines.get(rows.getFirst())) : text(lines.get(rows.getFirst()));
        }
        int last = rows.isEmpty() ? talk.time() : rows.get(Math.max(title, authors));
        if (title >= 0) {
            b.title(text(lines.get(rows.get(title))));
        }
        if (authors > 0) {
            TitledListing.authors(lines.get(rows.get(authors))).describe(b);
        }
        List<String> prose = new ArrayList<>();
        for (int k = Math.max(title, authors) + 1; k < rows.size() && title >= 0; k++) {
            if (ConferenceLines.isAbstractText(lines.get(rows.get(k)))) {
                prose.add(text(lines.get(rows.get(k))));
                last = rows.get(k);
            }
        }
        b.room(room).abstractText(prose.isEmpty() ? null : String.join("\n\n", prose));
        return b.raw(ConferenceLines.raw(lines, talk.time(), last)).build();
    }

    /** Index in {@code rows} of the last line that is no prose: a talk's title when it lists no speakers; -1 if none. */
    private static int lastShort(List<String> lines, List<Integer> rows) {
        for (int k = rows.size() - 1; k >= 0; k--) {
            if (!ConferenceLines.isAbstractText(lines.get(rows.get(k)))) {
                return k;
            }
        }
        return -1;
    }
}
