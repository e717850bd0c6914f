package dev.paperscope.planner;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * The agenda as RFC 5545 iCalendar through ical4j: a VEVENT per present talk whose DTSTART/DTEND carry the
 * zone's IANA id as TZID, and a VTIMEZONE for each zone used (from ical4j's bundled zone data, so nothing
 * is fetched). A talk in a fixed offset ({@code UTC+02:00}, a page without an IANA zone) is written in UTC:
 * an {@code Etc/GMT-2} TZID would be valid but reads as the opposite sign in calendar apps. UIDs are the
 * work ids (with the record id when a work has two slots), so re-importing an updated agenda updates
 * events instead of duplicating them; DTSTAMP is the time the talk was starred, so the same agenda gives
 * the same file.
 */
final class AgendaCalendar {
    static final String PRODID = "-//Paperscope//Conference agenda//EN";
    static final String UID_DOMAIN = "@paperscope";

    private AgendaCalendar() {
    }

    static String write(Agenda agenda, Optional<ZoneId> zone) {
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", "Paperscope agenda"));
        Set<ZoneId> zones = new LinkedHashSet<>();
        agenda.talks().forEach(talk -> zones.add(calendarZone(zone.orElse(talk.zone()), registry)));
        // VTIMEZONEs first: some calendar apps read a TZID only once its definition has been seen
        zones.stream().filter(z -> !z.equals(ZoneOffset.UTC))
                .forEach(z -> calendar.add(registry.getTimeZone(z.getId()).getVTimeZone()));
        Map<String, Long> slots = agenda.talks().stream().collect(Collectors.groupingBy(Talk::workId, Collectors.counting()));
        for (AgendaEntry entry : agenda.entries()) {
            entry.talk().ifPresent(talk -> calendar.add(event(entry, talk, calendarZone(zone.orElse(talk.zone()), registry),
                    slots.get(talk.workId()) > 1)));
        }
        StringWriter out = new StringWriter();
        try {
            // RFC 5545 wants at least one component; an empty agenda still gives an importable (empty) calendar
            new CalendarOutputter(!agenda.talks().isEmpty()).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("the agenda makes an invalid calendar: " + e.getMessage(), e);
        }
        return out.toString();
    }

    /**
     * The zone events are written in: a named zone with rules that ical4j knows; otherwise (UTC itself, any
     * fixed offset) UTC, written as plain UTC times that need no VTIMEZONE.
     */
    private static ZoneId calendarZone(ZoneId zone, TimeZoneRegistry registry) {
        boolean utc = zone.getRules().isFixedOffset();
        return utc || registry.getTimeZone(zone.getId()) == null ? ZoneOffset.UTC : zone;
    }

    private static VEvent event(AgendaEntry entry, Talk talk, ZoneId zone, boolean severalSlots) {
        ZonedDateTime start = talk.startIn(zone);
        ZonedDateTime end = talk.endIn(zone).orElse(start);
        VEvent event = zone.equals(ZoneOffset.UTC)
                ? new VEvent(start.toInstant(), end.toInstant(), summary(talk))
                : new VEvent(start, end, summary(talk));
        event.add(new Uid(talk.workId() + (severalSlots ? "-" + talk.recordId() : "") + UID_DOMAIN));
        event.replace(new DtStamp(entry.starredAt()));
        event.add(new Location(talk.room()));
        event.add(new Description(description(talk)));
        return event;
    }

    private static String summary(Talk talk) {
        return talk.title() == null ? "Talk by " + String.join(", ", talk.authors()) : talk.title();
    }

    private static String description(Talk talk) {
        List<String> lines = new ArrayList<>();
        if (!talk.authors().isEmpty()) {
            lines.add("Authors: " + String.join(", ", talk.authors()));
        }
        lines.add("Room: " + talk.room() + (talk.moderator() == null ? "" : " (moderator: " + talk.moderator() + ")"));
        for (Talk.Source s : talk.sources()) {
            lines.add("Source: " + s.file() + " line " + s.line() + " (" + s.format() + ", sha256 " + s.sha256() + ", record " + s.recordId() + ")");
        }
        lines.add("Time zone: " + ZoneLabels.id(talk.zone()) + " (" + talk.zoneNote() + ")");
        lines.add("Paperscope work: " + talk.workId());
        return String.join("\n", lines);
    }
}
