package dev.paperscope.planner;

import static dev.paperscope.planner.ScheduleFixtures.DEPLOYING;
import static dev.paperscope.planner.ScheduleFixtures.GLAM;
import static dev.paperscope.planner.ScheduleFixtures.OVERLAPPING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.catalog.UserData;
import dev.paperscope.ingest.SourceRecord;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .ics is read back with ical4j's own parser: what a calendar app would import. */
class AgendaCalendarTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    @TempDir
    Path dir;
    private final List<SourceRecord> records = new ArrayList<>(ScheduleFixtures.records());

    private String ics(Optional<ZoneId> zone, String... titles) {
        try (UserData db = UserData.open(dir.resolve("catalog.db"))) {
            Planner planner = Planner.ofRecords(() -> List.copyOf(records), db, NOW);
            for (String t : titles) {
                planner.star(ScheduleFixtures.idOf(records, t));
            }
            return planner.ics(zone);
        }
    }

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static VEvent event(Calendar calendar, String summary) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getSummary().getValue().equals(summary)).findFirst().orElseThrow();
    }

    private static String tzid(VEvent e, String property) {
        return e.getProperty(property).flatMap(p -> p.<Parameter>getParameter("TZID")).map(Parameter::getValue).orElse(null);
    }

    @Test
    void oneEventPerStarredTalkInThePagesZoneWithItsVtimezone() throws Exception {
        Calendar calendar = parse(ics(Optional.empty(), GLAM, DEPLOYING, OVERLAPPING));
        calendar.validate();

        assertThat(calendar.<VEvent>getComponents("VEVENT")).hasSize(3);
        assertThat(calendar.<VTimeZone>getComponents("VTIMEZONE")).singleElement()
                .satisfies(tz -> assertThat(tz.getTimeZoneId().getValue()).isEqualTo("America/Los_Angeles"));
        VEvent glam = event(calendar, GLAM);
        assertThat(tzid(glam, "DTSTART")).isEqualTo("America/Los_Angeles");
        assertThat(tzid(glam, "DTEND")).isEqualTo("America/Los_Angeles");
        assertThat(glam.getProperty("DTSTART").map(Property::getValue)).contains("20220721T123000");
        assertThat(glam.getProperty("DTEND").map(Property::getValue)).contains("20220721T123500");
        Temporal start = glam.getDateTimeStart().getDate();
        assertThat(ZonedDateTime.from(start).toInstant()).isEqualTo(Instant.parse("2022-07-21T19:30:00Z"));
        assertThat(glam.getProperty("LOCATION").map(Property::getValue)).contains("Hall G");
        assertThat(glam.getUid().map(Property::getValue)).contains(ScheduleFixtures.idOf(records, GLAM) + "@paperscope");
        assertThat(glam.getProperty("DTSTAMP").map(Property::getValue)).contains("20261125T120000Z");
        String description = glam.getProperty("DESCRIPTION").map(Property::getValue).orElseThrow();
        assertThat(description).contains("Authors: Nan Du, Yanping Huang").contains("Claire Cui")
                .contains("Source: 004_d2faed4b193087f1.txt line 11 (session-schedule, sha256 ")
                .contains("Room: Hall G (moderator: Ning Yu)");
        assertThat(event(calendar, OVERLAPPING).getProperty("LOCATION").map(Property::getValue)).contains("Ballroom B");
    }

    @Test
    void theSameAgendaGivesTheSameFile() {
        assertThat(ics(Optional.empty(), GLAM, DEPLOYING)).isEqualTo(ics(Optional.empty()));
    }

    @Test
    void anotherZoneRewritesTheTimesNotTheInstants() throws Exception {
        Calendar calendar = parse(ics(Optional.of(ZoneId.of("Europe/Berlin")), GLAM));

        VEvent glam = event(calendar, GLAM);
        assertThat(tzid(glam, "DTSTART")).isEqualTo("Europe/Berlin");
        assertThat(glam.getProperty("DTSTART").map(Property::getValue)).contains("20220721T213000");
        assertThat(calendar.<VTimeZone>getComponents("VTIMEZONE")).singleElement()
                .satisfies(tz -> assertThat(tz.getTimeZoneId().getValue()).isEqualTo("Europe/Berlin"));
        assertThat(ZonedDateTime.from(glam.getDateTimeStart().getDate()).toInstant())
                .isEqualTo(Instant.parse("2022-07-21T19:30:00Z"));
    }

    @Test
    void utcIsWrittenAsUtcTimesWithoutVtimezone() throws Exception {
        Calendar calendar = parse(ics(Optional.of(ZoneId.of("UTC")), GLAM));

        assertThat(calendar.<VTimeZone>getComponents("VTIMEZONE")).isEmpty();
        assertThat(event(calendar, GLAM).getProperty("DTSTART").map(Property::getValue)).contains("20220721T193000Z");
    }

    /** A page without an IANA zone gives a fixed offset: written in UTC (an Etc/GMT+7 TZID reads as the opposite sign). */
    @Test
    void aFixedOffsetIsWrittenInUtcAndNamedUtcMinusSeven() throws Exception {
        records.replaceAll(r -> {
            java.util.Map<String, Object> extra = new java.util.TreeMap<>(r.extra());
            extra.remove("time_zone");
            return new SourceRecord(r.id(), r.kind(), r.title(), r.authors(), r.abstractText(), r.venue(), r.year(), r.room(), r.session(),
                    r.moderator(), r.start(), r.end(), r.award(), r.section(), r.url(), r.authorMention(), r.source(), extra, r.derived(), r.raw());
        });
        String text = ics(Optional.empty(), GLAM);
        Calendar calendar = parse(text);
        calendar.validate();

        assertThat(calendar.<VTimeZone>getComponents("VTIMEZONE")).isEmpty();
        VEvent glam = event(calendar, GLAM);
        assertThat(glam.getProperty("DTSTART").map(Property::getValue)).contains("20220721T193000Z");
        assertThat(glam.getProperty("DESCRIPTION").map(Property::getValue).orElseThrow()).contains("Time zone: UTC-07:00");
        assertThat(text).doesNotContain("Etc/GMT");
    }

    @Test
    void missingTalksAreLeftOutAndAnEmptyAgendaIsAnEmptyCalendar() throws Exception {
        String glam = ScheduleFixtures.idOf(records, GLAM);
        ics(Optional.empty(), GLAM, DEPLOYING);
        records.removeIf(r -> r.id().equals(glam));

        assertThat(parse(ics(Optional.empty())).<VEvent>getComponents("VEVENT")).extracting(e -> e.getSummary().getValue())
                .containsExactly(DEPLOYING);
        try (UserData db = UserData.open(dir.resolve("empty.db"))) {
            Calendar empty = parse(Planner.ofRecords(List::of, db, NOW).ics(Optional.empty()));
            assertThat(empty.<VEvent>getComponents("VEVENT")).isEmpty();
        }
    }
}
