package dev.paperscope.planner;

import dev.paperscope.ingest.Checks;
import dev.paperscope.ingest.SourceRecord;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One scheduled talk of one work, as a card of the schedule: a start time, in the time zone of the page
 * that announced it, and every source record that announces the same work in the same room at the same
 * time ({@code sources}, the first of which, {@code recordId}, names it).
 *
 * @param workId    the work the talk presents; starring is by work
 * @param sessionId the session it belongs to: its page and room (a session page lists one room's talks)
 * @param end       null when the page gives no end; such a talk clashes with nothing
 * @param zoneNote  how the zone was chosen (the record's IANA zone, or a fixed offset when it has none)
 * @param sources   the records behind the card, in record-id order with {@code recordId}'s first
 */
public record Talk(String workId, String recordId, String title, List<String> authors, String room, String moderator,
                   String sessionId, ZonedDateTime start, ZonedDateTime end, String zoneNote, List<Source> sources) {
    static final String NO_ROOM = "(no room given)";

    /** Where a record of the talk was read. */
    public record Source(String recordId, String file, int line, String format, String sha256) {
        public Source {
            Objects.requireNonNull(recordId, "recordId");
        }
    }

    public Talk {
        Checks.present("workId", workId, "recordId", recordId, "start", start, "sessionId", sessionId);
        authors = List.copyOf(authors);
        sources = List.copyOf(sources);
        room = room == null ? NO_ROOM : room;
        if (sources.isEmpty() || !sources.getFirst().recordId().equals(recordId)) {
            throw new IllegalArgumentException("talk " + recordId + " must list its own record first among its sources");
        }
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("talk " + recordId + " ends before it starts");
        }
    }

    /** The talk a record describes, when it has a start time, as a work of its own. */
    static Optional<Talk> of(SourceRecord r) {
        return of(r, r.id());
    }

    /** The talk a record of work {@code workId} describes, when it has a start time. */
    static Optional<Talk> of(SourceRecord r, String workId) {
        if (r.start() == null) {
            return Optional.empty();
        }
        ZoneChoice zone = ZoneChoice.of(r);
        String room = r.room() == null ? NO_ROOM : r.room();
        Source source = new Source(r.id(), r.source().file(), r.source().line(), r.source().format(), r.source().sha256());
        return Optional.of(new Talk(workId == null ? r.id() : workId, r.id(), r.title(), r.authors(), room, r.moderator(),
                r.source().file() + "#" + room, r.start().atZoneSameInstant(zone.zone()),
                r.end() == null ? null : r.end().atZoneSameInstant(zone.zone()), zone.note(), List.of(source)));
    }

    /** The file of the card's first record. */
    public String file() {
        return sources.getFirst().file();
    }

    public int line() {
        return sources.getFirst().line();
    }

    public String format() {
        return sources.getFirst().format();
    }

    public String sha256() {
        return sources.getFirst().sha256();
    }

    /** Whether {@code id} names this talk: its work or one of its records. */
    public boolean isNamedBy(String id) {
        return workId.equals(id) || sources.stream().anyMatch(s -> s.recordId().equals(id));
    }

    public ZoneId zone() {
        return start.getZone();
    }

    /** The length of the talk; zero when the page gives no end. */
    public Duration duration() {
        return end == null ? Duration.ZERO : Duration.between(start, end);
    }

    /** The start as a viewer in {@code zone} reads it. */
    public ZonedDateTime startIn(ZoneId zone) {
        return start.withZoneSameInstant(zone);
    }

    public Optional<ZonedDateTime> endIn(ZoneId zone) {
        return Optional.ofNullable(end).map(e -> e.withZoneSameInstant(zone));
    }

    /** A record's IANA zone ({@code extra.time_zone}, from ingest) when its rules agree with the stated offset. */
    private record ZoneChoice(ZoneId zone, String note) {
        static ZoneChoice of(SourceRecord r) {
            Object named = r.extra().get("time_zone");
            OffsetDateTime start = r.start();
            if (named instanceof String id) {
                try {
                    ZoneId zone = ZoneId.of(id);
                    if (zone.getRules().getOffset(start.toInstant()).equals(start.getOffset())) {
                        return new ZoneChoice(zone, "the record's time zone " + id);
                    }
                } catch (DateTimeException e) {
                    // an unknown id falls through to the stated offset, with a note saying so
                }
            }
            ZoneId fixed = ZoneLabels.fixed(start.getOffset());
            return new ZoneChoice(fixed, "no IANA zone recorded (re-ingest the page to get one); the stated offset is used as the fixed zone "
                    + fixed.getId());
        }
    }
}
