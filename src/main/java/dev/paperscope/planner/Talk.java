package dev.paperscope.planner;

import dev.paperscope.ingest.SourceRecord;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One scheduled talk: a record with a start time, in the time zone of the page that announced it.
 *
 * @param sessionId the session it belongs to: its page and room (a session page lists one room's talks)
 * @param end       null when the page gives no end; such a talk clashes with nothing
 * @param zoneNote  how the zone was chosen (the record's IANA zone, or a fixed offset when it has none)
 */
public record Talk(String recordId, String title, List<String> authors, String room, String moderator, String sessionId,
                   String file, int line, String format, String sha256, ZonedDateTime start, ZonedDateTime end,
                   String zoneNote) {
    static final String NO_ROOM = "(no room given)";

    public Talk {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(sessionId, "sessionId");
        authors = List.copyOf(authors);
        room = room == null ? NO_ROOM : room;
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("talk " + recordId + " ends before it starts");
        }
    }

    /** The talk a record describes, when it has a start time. */
    static Optional<Talk> of(SourceRecord r) {
        if (r.start() == null) {
            return Optional.empty();
        }
        ZoneChoice zone = ZoneChoice.of(r);
        String room = r.room() == null ? NO_ROOM : r.room();
        return Optional.of(new Talk(r.id(), r.title(), r.authors(), room, r.moderator(), r.source().file() + "#" + room,
                r.source().file(), r.source().line(), r.source().format(), r.source().sha256(),
                r.start().atZoneSameInstant(zone.zone()), r.end() == null ? null : r.end().atZoneSameInstant(zone.zone()),
                zone.note()));
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
            return new ZoneChoice(fixed(start.getOffset()), "no IANA zone recorded (re-ingest the page to get one); the stated offset "
                    + start.getOffset().getId() + " is used as a fixed zone");
        }

        /** {@code Etc/GMT+7} for UTC-07:00 (POSIX signs), so a calendar knows the zone by name; else the raw offset. */
        private static ZoneId fixed(ZoneOffset offset) {
            int seconds = offset.getTotalSeconds();
            if (seconds == 0) {
                return ZoneId.of("Etc/UTC");
            }
            if (seconds % 3600 != 0) {
                return offset;
            }
            int hours = seconds / 3600;
            return ZoneId.of("Etc/GMT" + (hours > 0 ? "-" : "+") + Math.abs(hours));
        }
    }
}
