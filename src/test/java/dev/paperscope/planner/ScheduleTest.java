package dev.paperscope.planner;

import static dev.paperscope.planner.ScheduleFixtures.GLAM;
import static dev.paperscope.planner.ScheduleFixtures.OVERLAPPING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.ingest.SourceRecord;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScheduleTest {
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private final List<SourceRecord> records = ScheduleFixtures.records();
    private final Schedule schedule = Schedule.of(records.stream().map(Talk::of).flatMap(Optional::stream).toList());

    @Test
    void twoSessionsOneRoomEachWithTheirModerators() {
        assertThat(schedule.sessions()).extracting(Session::room, Session::moderator, s -> s.talks().size())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Hall G", "Ning Yu", 15),
                        org.assertj.core.groups.Tuple.tuple("Ballroom B", "Fixture Moderator", 3));
        Session hallG = schedule.sessions().getFirst();
        assertThat(hallG.file()).isEqualTo("004_d2faed4b193087f1.txt");
        assertThat(hallG.talks().getFirst().title()).isEqualTo(GLAM);
        assertThat(hallG.start().toLocalTime()).isEqualTo(LocalTime.of(12, 30));
        assertThat(hallG.end().toLocalTime()).isEqualTo(LocalTime.of(14, 0));
    }

    @Test
    void talksCarryThePagesIanaZone() {
        Talk glam = talk(GLAM);
        assertThat(glam.zone()).isEqualTo(LOS_ANGELES);
        assertThat(glam.zoneNote()).isEqualTo("the record's time zone America/Los_Angeles");
        assertThat(glam.start().toOffsetDateTime().toString()).isEqualTo("2022-07-21T12:30-07:00");
        assertThat(schedule.zones()).containsExactly(LOS_ANGELES);
    }

    @Test
    void daysAndRoomsInTheConferencesZone() {
        List<ScheduleDay> days = schedule.days(LOS_ANGELES);
        assertThat(days).extracting(ScheduleDay::date).containsExactly(LocalDate.of(2022, 7, 21));
        assertThat(days.getFirst().rooms()).extracting(ScheduleDay.RoomColumn::room).containsExactly("Ballroom B", "Hall G");
        assertThat(days.getFirst().rooms().get(1).talks()).hasSize(15);
    }

    /** 12:30 PDT is 21:30 in Berlin (CEST) and 04:30 the next day in Tokyo: the talk moves to that day. */
    @Test
    void aViewerElsewhereSeesTheirOwnClockAndDay() {
        Talk glam = talk(GLAM);
        assertThat(glam.startIn(ZoneId.of("Europe/Berlin")).toLocalDateTime().toString()).isEqualTo("2022-07-21T21:30");
        assertThat(glam.startIn(ZoneId.of("Asia/Tokyo")).toLocalDateTime().toString()).isEqualTo("2022-07-22T04:30");
        assertThat(schedule.days(ZoneId.of("Asia/Tokyo"))).extracting(ScheduleDay::date).containsExactly(LocalDate.of(2022, 7, 22));
        // in Moscow (UTC+3) the afternoon runs 22:30 to 01:10: a talk belongs to the day it starts on
        List<ScheduleDay> moscow = schedule.days(ZoneId.of("Europe/Moscow"));
        assertThat(moscow).extracting(ScheduleDay::date).containsExactly(LocalDate.of(2022, 7, 21), LocalDate.of(2022, 7, 22));
        assertThat(moscow.get(1).rooms()).singleElement().satisfies(room -> {
            assertThat(room.room()).isEqualTo("Ballroom B");
            assertThat(room.talks()).extracting(Talk::title).containsExactly(ScheduleFixtures.RIGHT_AFTER);
        });
    }

    @Test
    void aRecordWithoutAnIanaZoneFallsBackToItsFixedOffsetAndSaysSo() {
        SourceRecord old = records.stream().filter(r -> OVERLAPPING.equals(r.title())).findFirst().orElseThrow();
        java.util.Map<String, Object> extra = new java.util.TreeMap<>(old.extra());
        extra.remove("time_zone");
        SourceRecord withoutZone = new SourceRecord(old.id(), old.kind(), old.title(), old.authors(), old.abstractText(), old.venue(),
                old.year(), old.room(), old.session(), old.moderator(), old.start(), old.end(), old.award(), old.section(), old.url(),
                old.authorMention(), old.source(), extra, old.derived(), old.raw());

        Talk talk = Talk.of(withoutZone).orElseThrow();
        assertThat(talk.zone()).isEqualTo(ZoneId.of("UTC-07:00"));
        assertThat(ZoneLabels.id(talk.zone())).as("not Etc/GMT+7, whose POSIX sign reads as the opposite").isEqualTo("UTC-07:00");
        assertThat(ZoneLabels.abbreviation(talk.start())).isEqualTo("UTC-07:00");
        assertThat(talk.zoneNote()).contains("no IANA zone recorded").contains("UTC-07:00");
        assertThat(talk.start().toInstant()).isEqualTo(old.start().toInstant());
    }

    @Test
    void recordsWithoutATimeAreNotTalks() {
        SourceRecord paper = ScheduleFixtures.read(ScheduleFixtures.REPO.resolve("demo/seeds/003_6c61cf4d2baeb404.txt")).getFirst();
        assertThat(Talk.of(paper)).isEmpty();
    }

    private Talk talk(String title) {
        return schedule.talks().stream().filter(t -> title.equals(t.title())).findFirst().orElseThrow();
    }
}
