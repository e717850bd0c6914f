package dev.paperscope.planner;

import static dev.paperscope.planner.ScheduleFixtures.DEPLOYING;
import static dev.paperscope.planner.ScheduleFixtures.GLAM;
import static dev.paperscope.planner.ScheduleFixtures.OVERLAPPING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperscope.catalog.UserData;
import dev.paperscope.ingest.SourceRecord;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlannerTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    @TempDir
    Path dir;
    private final List<SourceRecord> records = new ArrayList<>(ScheduleFixtures.records());

    private UserData db() {
        return UserData.open(dir.resolve("catalog.db"));
    }

    private Planner planner(UserData db) {
        return Planner.ofRecords(() -> List.copyOf(records), db, NOW);
    }

    private String id(String title) {
        return ScheduleFixtures.idOf(records, title);
    }

    @Test
    void starredTalksAreListedInTimeOrderWithTheirClashes() {
        try (UserData db = db()) {
            Planner planner = planner(db);
            planner.star(id(DEPLOYING));
            planner.star(id(GLAM));
            AgendaEntry again = planner.star(id(GLAM)).entry();

            assertThat(again.starredAt()).isEqualTo(NOW.instant());
            Agenda agenda = planner.agenda();
            assertThat(agenda.talks()).extracting(Talk::title).containsExactly(GLAM, DEPLOYING);
            assertThat(agenda.clashes()).isEmpty();

            planner.star(id(OVERLAPPING));
            assertThat(planner.agenda().clashes()).hasSize(2);
        }
    }

    @Test
    void theAgendaOutlivesTheConnectionAndUnstarRemoves() {
        try (UserData db = db()) {
            planner(db).star(id(GLAM));
        }
        try (UserData db = db()) {
            Planner planner = planner(db);
            assertThat(planner.agenda().entries()).extracting(AgendaEntry::workId).containsExactly(id(GLAM));
            assertThat(planner.unstar(id(GLAM))).isTrue();
            assertThat(planner.unstar(id(GLAM))).isFalse();
            assertThat(planner.agenda().entries()).isEmpty();
        }
    }

    @Test
    void aStarredTalkThatLeftTheCatalogStaysListedAsMissing() {
        try (UserData db = db()) {
            Planner planner = planner(db);
            String glam = id(GLAM);
            planner.star(glam);
            planner.star(id(DEPLOYING));
            records.removeIf(r -> r.id().equals(glam));

            Agenda agenda = planner.agenda();
            assertThat(agenda.entries()).extracting(AgendaEntry::workId).containsExactly(id(DEPLOYING), glam);
            assertThat(agenda.missing()).singleElement().satisfies(e -> {
                assertThat(e.title()).isEqualTo(GLAM);
                assertThat(e.starredAt()).isEqualTo(NOW.instant());
            });
            assertThat(planner.unstar(glam)).isTrue();
        }
    }

    @Test
    void onlyExistingTimedRecordsCanBeStarred() {
        try (UserData db = db()) {
            Planner planner = planner(db);
            assertThatThrownBy(() -> planner.star("r-no-such")).isInstanceOf(PlannerException.class)
                    .hasMessage("no work or record has the id 'r-no-such'")
                    .extracting(e -> ((PlannerException) e).reason()).isEqualTo(PlannerException.Reason.NOT_FOUND);
            SourceRecord paper = ScheduleFixtures.read(ScheduleFixtures.REPO.resolve("demo/seeds/003_6c61cf4d2baeb404.txt")).getFirst();
            records.add(paper);
            assertThatThrownBy(() -> planner.star(paper.id())).isInstanceOf(PlannerException.class)
                    .hasMessageContaining("has no time")
                    .extracting(e -> ((PlannerException) e).reason()).isEqualTo(PlannerException.Reason.INVALID);
            assertThat(planner.agenda().entries()).isEmpty();
        }
    }
}
