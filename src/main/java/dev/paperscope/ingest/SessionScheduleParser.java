package dev.paperscope.ingest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One session page of a conference schedule (ICML style): a header naming the room and the moderator,
 * then per talk a time slot line ({@code Thu 21 July 12:30 - 12:35 PDT}), the title, the author line and
 * the abstract. The header's room and moderator apply to every talk. Such pages usually give no year; it
 * is inferred against the injected clock (see {@link TimeSlot}).
 */
final class SessionScheduleParser extends ListingParser {
    static final String FORMAT = "session-schedule";
    private static final Pattern MODERATOR = Pattern.compile("^(?:session\\s+)?(?:moderators?|chairs?)\\s*:\\s*(.+)$",
            Pattern.CASE_INSENSITIVE);
    /** A room named on its own line: a few words, no sentence or label punctuation, no name list. */
    private static final int MAX_ROOM_WORDS = 6;
    private static final Pattern NOT_IN_ROOM = Pattern.compile("[.:;,?!·]");

    private final Clock clock;

    SessionScheduleParser() {
        this(Clock.systemDefaultZone());
    }

    SessionScheduleParser(Clock clock) {
        super(FORMAT);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    double detect(ListingShape shape) {
        if (shape.slots() == 0) {
            return 0;
        }
        // A single talk is plausible but weaker evidence than a run of slots.
        double base = shape.slots() >= 2 ? 0.95 : 0.75;
        return base * shape.slotShare() * shape.coverageFactor();
    }

    @Override
    double detectTimed() {
        return 0.9;
    }

    @Override
    public List<SourceRecord> parse(SourceDocument doc) throws ParseException {
        List<String> lines = doc.lines();
        if (nextSlot(lines, 0) < 0 && TimedRows.fits(lines)) {
            return TimedRows.parse(doc, FORMAT);
        }
        int first = nextSlot(lines, 0);
        if (first < 0) {
            return List.of();
        }
        Header header = Header.read(lines, first);
        LocalDate today = LocalDate.now(clock);
        List<SourceRecord> records = new ArrayList<>();
        for (int i = first; i >= 0; ) {
            int next = nextSlot(lines, i + 1);
            int end = next < 0 ? lines.size() : next;
            records.add(talk(doc, i, end, header, today));
            i = next;
        }
        return records;
    }

    private static int nextSlot(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (TimeSlot.isSlot(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The talk whose slot line is {@code slotLine}, running up to (not including) {@code end}. */
    private static SourceRecord talk(SourceDocument doc, int slotLine, int end, Header header, LocalDate today)
            throws ParseException {
        List<String> lines = doc.lines();
        TimeSlot slot = TimeSlot.parse(doc, slotLine, today);
        SourceRecord.Builder record = SourceRecord.builder(RecordKind.TALK, doc.sourceAt(slotLine + 1, FORMAT));
        describeSlot(record, slot, lines.get(slotLine).strip(), today);
        TalkBody body = TalkBody.read(doc, slotLine, end);
        body.describe(record);
        header.describe(record, body.room() != null);
        return record.raw(ConferenceLines.raw(lines, slotLine, body.lastLine())).build();
    }

    static void describeSlot(SourceRecord.Builder record, TimeSlot slot, String slotText, LocalDate today) {
        int year = slot.start().getYear();
        record.start(slot.start()).end(slot.end()).year(year).extra("tz", slot.zone());
        String inferred = "";
        if (slot.yearInferred()) {
            record.derived("year", "the page gives no year; " + slot.start().getDayOfMonth() + " "
                    + TimeSlot.name(slot.start().getMonth()) + " falls on a " + TimeSlot.name(slot.start().getDayOfWeek())
                    + ", as the slot says, in " + year + ", the nearest such year to today (" + today + ")");
            inferred = "year " + year + " inferred (see year); ";
        }
        record.derived("start", "from the time slot '" + slotText + "': " + inferred + slot.zone() + " read as "
                + TimeSlot.offsetText(slot.start()));
        slot.ianaZone().ifPresent(zone -> record.extra("time_zone", zone.getId()).derived("time_zone", "the page prints "
                + slot.zone() + "; read as the IANA zone " + zone.getId() + ", whose offset on " + slot.start().toLocalDate()
                + " is " + TimeSlot.offsetText(slot.start()) + " as the slot states (calendars need the zone's rules, not only an offset)"));
        if (slot.end() != null) {
            record.derived("end", "from the time slot '" + slotText + "': " + inferred + slot.endZone() + " read as "
                    + TimeSlot.offsetText(slot.end())
                    + (slot.endNextDay() ? "; the end time is earlier than the start, so the slot ends the next day" : ""));
        }
    }

    /** Room and moderator stated once, above the first slot, for the whole session. */
    private record Header(String room, int roomLine, String moderator, int moderatorLine) {
        static Header read(List<String> lines, int firstSlot) {
            int moderatorLine = -1;
            String moderator = null;
            int roomLine = -1;
            for (int i = 0; i < firstSlot; i++) {
                Matcher m = MODERATOR.matcher(lines.get(i).strip());
                if (m.matches() && moderator == null) {
                    moderator = m.group(1).strip();
                    moderatorLine = i;
                } else if (ConferenceLines.isRoom(lines.get(i)) && roomLine < 0) {
                    roomLine = i;
                }
            }
            if (roomLine < 0 && moderatorLine >= 0) {
                roomLine = roomAbove(lines, moderatorLine);
            }
            String room = roomLine < 0 ? null
                    : ConferenceLines.isRoom(lines.get(roomLine)) ? ConferenceLines.room(lines.get(roomLine))
                    : lines.get(roomLine).strip();
            return new Header(room, roomLine, moderator, moderatorLine);
        }

        /** Session pages print the room on a bare line right above the moderator. */
        private static int roomAbove(List<String> lines, int moderatorLine) {
            int above = ConferenceLines.previousNonBlank(lines, moderatorLine);
            if (above < 0) {
                return -1;
            }
            String s = lines.get(above).strip();
            int words = ConferenceLines.wordCount(s);
            boolean roomLike = words <= MAX_ROOM_WORDS && !NOT_IN_ROOM.matcher(s).find();
            return roomLike ? above : -1;
        }

        /** Sets the header's moderator, and its room unless the talk names its own. */
        void describe(SourceRecord.Builder record, boolean talkHasRoom) {
            if (!talkHasRoom && room != null) {
                record.room(room).derived("room", "from the session header (line " + (roomLine + 1)
                        + "), which names the room once for every talk");
            }
            if (moderator != null) {
                record.moderator(moderator);
                record.derived("moderator", "from the session header (line " + (moderatorLine + 1)
                        + "), which names the moderator once for every talk");
            }
        }
    }

    /**
     * What follows a slot: the title, then the author line (absent for talks without listed authors),
     * optionally a {@code [ Room ]} line, then the abstract paragraphs.
     */
    private record TalkBody(String title, ConferenceLines.AuthorLine authors, String room, String abstractText,
                            int lastLine) {
        static TalkBody read(SourceDocument doc, int slotLine, int end) throws ParseException {
            List<String> lines = doc.lines();
            int i = nextWithin(lines, slotLine + 1, end);
            if (i < 0) {
                throw doc.error(slotLine + 1, "the time slot is not followed by a talk (expected a title line)");
            }
            if (ConferenceLines.isSeparatedAuthorLine(lines.get(i)) || ConferenceLines.isRoom(lines.get(i))) {
                throw doc.error(i + 1, "expected the title of the talk at line " + (slotLine + 1) + ", found "
                        + ConferenceLines.quote(lines.get(i)));
            }
            String title = lines.get(i).strip();
            int last = i;
            ConferenceLines.AuthorLine authors = null;
            i = nextWithin(lines, i + 1, end);
            if (i >= 0 && isAuthorLine(lines.get(i))) {
                authors = ConferenceLines.authors(lines.get(i));
                last = i;
                i = nextWithin(lines, i + 1, end);
            }
            String room = null;
            if (i >= 0 && ConferenceLines.isRoom(lines.get(i))) {
                room = ConferenceLines.room(lines.get(i));
                last = i;
                i = nextWithin(lines, i + 1, end);
            }
            List<String> paragraphs = new ArrayList<>();
            for (; i >= 0; i = nextWithin(lines, i + 1, end)) {
                if (!ConferenceLines.isAbstractText(lines.get(i))) {
                    throw doc.error(i + 1, "expected the abstract of the talk at line " + (slotLine + 1)
                            + " or the next time slot, found " + ConferenceLines.quote(lines.get(i)));
                }
                paragraphs.add(lines.get(i).strip());
                last = i;
            }
            return new TalkBody(title, authors, room, paragraphs.isEmpty() ? null : String.join("\n\n", paragraphs), last);
        }

        private static boolean isAuthorLine(String line) {
            return ConferenceLines.isSeparatedAuthorLine(line) || ConferenceLines.isLoneName(line);
        }

        private static int nextWithin(List<String> lines, int from, int end) {
            int next = ConferenceLines.nextNonBlank(lines, from);
            return next >= 0 && next < end ? next : -1;
        }

        void describe(SourceRecord.Builder record) {
            record.title(title).room(room).abstractText(abstractText);
            if (authors != null) {
                authors.describe(record);
            }
            ConferenceLines.noteShortenedAbstract(record, abstractText);
        }
    }
}
