package dev.paperscope.planner;

import static dev.paperscope.planner.ScheduleFixtures.DEPLOYING;
import static dev.paperscope.planner.ScheduleFixtures.GLAM;
import static dev.paperscope.planner.ScheduleFixtures.OVERLAPPING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.catalog.ResolvedRecord;
import dev.paperscope.catalog.UserData;
import dev.paperscope.ingest.Source;
import dev.paperscope.ingest.SourceRecord;
import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same talk read from two files is one work: one card listing both sources, one star on the work
 * (kept when the work's id changes), one clash entry, one calendar event.
 */
class PlannerWorksTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    @TempDir
    Path dir;
    private final List<SourceRecord> records = new ArrayList<>(ScheduleFixtures.records());
    private final Map<String, String> workOf = new HashMap<>();
    private final SourceRecord glam = byTitle(GLAM);
    /** GLaM as a second file (a copy of the schedule page) announces it: another record of the same work. */
    private final SourceRecord glamCopy = copy(glam, "r-copy-of-glam", "copy-of-004.txt");

    PlannerWorksTest() {
        records.add(glamCopy);
        workOf.put(glam.id(), "w-glam");
        workOf.put(glamCopy.id(), "w-glam");
    }

    private SourceRecord byTitle(String title) {
        return records.stream().filter(r -> title.equals(r.title())).findFirst().orElseThrow();
    }

    private static SourceRecord copy(SourceRecord r, String id, String file) {
        Source source = new Source(file, r.source().line(), r.source().sha256(), r.source().format());
        return new SourceRecord(id, r.kind(), r.title(), r.authors(), r.abstractText(), r.venue(), r.year(), r.room(), r.session(),
                r.moderator(), r.start(), r.end(), r.award(), r.section(), r.url(), r.authorMention(), source, r.extra(), r.derived(), r.raw());
    }

    private Planner planner(UserData db) {
        return new Planner(() -> records.stream()
                .map(r -> new ResolvedRecord(r, workOf.getOrDefault(r.id(), "w-" + r.id()), Optional.empty(), List.of())).toList(), db, NOW);
    }

    private UserData db() {
        return UserData.open(dir.resolve("catalog.db"));
    }

    @Test
    void theSameTalkFromTwoFilesIsOneCardListingBothSources() {
        try (UserData db = db()) {
            Schedule schedule = planner(db).schedule();
            List<Talk> glams = schedule.talks().stream().filter(t -> GLAM.equals(t.title())).toList();
            assertThat(glams).singleElement().satisfies(card -> {
                assertThat(card.workId()).isEqualTo("w-glam");
                assertThat(card.sources()).extracting(Talk.Source::file)
                        .containsExactlyInAnyOrder("004_d2faed4b193087f1.txt", "copy-of-004.txt");
            });
            assertThat(schedule.days(glam.start().getOffset()).getFirst().rooms().stream()
                    .filter(r -> r.room().equals("Hall G")).findFirst().orElseThrow().talks()).hasSize(15);
        }
    }

    @Test
    void aStarThroughEitherRecordStarsTheWorkOnce() {
        try (UserData db = db()) {
            Planner planner = planner(db);
            AgendaEntry entry = planner.star(glamCopy.id()).entry();
            assertThat(entry.workId()).isEqualTo("w-glam");
            planner.star(glam.id());
            planner.star("w-glam");
            planner.star(byTitle(OVERLAPPING).id());

            Agenda agenda = planner.agenda();
            assertThat(agenda.entries()).extracting(AgendaEntry::workId).containsExactly("w-glam", "w-" + byTitle(OVERLAPPING).id());
            assertThat(agenda.entries().getFirst().recordIds()).containsExactlyInAnyOrder(glam.id(), glamCopy.id());
            assertThat(agenda.clashes()).as("one clash, not one per source of GLaM").hasSize(1);
            Talk card = planner.schedule().talks().stream().filter(t -> GLAM.equals(t.title())).findFirst().orElseThrow();
            assertThat(agenda.isStarred(card)).isTrue();
            assertThat(agenda.isStarred(glam.id())).isTrue();
            assertThat(agenda.isStarred(glamCopy.id())).isTrue();
            assertThat(planner.unstar(glam.id())).as("unstarring through any of its records").isTrue();
            assertThat(planner.agenda().isStarred("w-glam")).isFalse();
        }
    }

    @Test
    void theCalendarHasOneEventPerWork() throws Exception {
        try (UserData db = db()) {
            Planner planner = planner(db);
            planner.star(glam.id());
            planner.star(byTitle(DEPLOYING).id());
            var calendar = new CalendarBuilder().build(new StringReader(planner.ics(Optional.empty())));
            List<VEvent> events = calendar.getComponents("VEVENT");
            assertThat(events).extracting(e -> e.getSummary().getValue()).containsExactly(GLAM, DEPLOYING);
            assertThat(events.getFirst().getUid().orElseThrow().getValue()).isEqualTo("w-glam@paperscope");
            assertThat(events.getFirst().getDescription().getValue()).contains("copy-of-004.txt", "004_d2faed4b193087f1.txt");
        }
    }

    @Test
    void aStarSurvivesTheWorkChangingItsId() {
        try (UserData db = db()) {
            planner(db).star("w-glam");
            workOf.put(glam.id(), "w-glam-after-reresolution");
            workOf.put(glamCopy.id(), "w-glam-after-reresolution");

            Agenda agenda = planner(db).agenda();
            assertThat(agenda.entries()).singleElement().satisfies(e -> {
                assertThat(e.missing()).isFalse();
                assertThat(e.workId()).isEqualTo("w-glam-after-reresolution");
            });
        }
    }

    @Test
    void starsOfWorksMergedSinceAreOneEntry() {
        String deploying = byTitle(DEPLOYING).id();
        try (UserData db = db()) {
            planner(db).star(glam.id());
            planner(db).star(deploying);
            workOf.put(deploying, "w-glam"); // absurd, but resolution decides: the two talks are now one work in two slots
            Agenda agenda = planner(db).agenda();
            assertThat(agenda.entries()).extracting(AgendaEntry::workId).containsExactly("w-glam", "w-glam");
            assertThat(agenda.clashes()).isEmpty();
        }
    }

    @Test
    void oldPerRecordStarsMoveToTheirWorks() throws Exception {
        try (UserData db = db()) {
            db.transaction("old agenda", c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE agenda_stars(record_id TEXT PRIMARY KEY, starred_at TEXT NOT NULL, title TEXT)");
                    s.execute("INSERT INTO agenda_stars VALUES ('" + glam.id() + "', '2026-01-01T00:00:00Z', 'GLaM')");
                    s.execute("INSERT INTO agenda_stars VALUES ('" + glamCopy.id() + "', '2026-02-01T00:00:00Z', 'GLaM')");
                    s.execute("INSERT INTO agenda_stars VALUES ('r-gone', '2026-03-01T00:00:00Z', 'A talk that left')");
                }
                return null;
            });
            Agenda agenda = planner(db).agenda();
            assertThat(agenda.entries()).extracting(AgendaEntry::workId).containsExactly("w-glam", "r-gone");
            assertThat(agenda.entries().getFirst().starredAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
            assertThat(agenda.entries().get(1).missing()).isTrue();
            assertThat(agenda.entries().get(1).title()).isEqualTo("A talk that left");
            assertThat(planner(db).agenda().entries()).as("moved once").hasSize(2);
        }
    }
}
