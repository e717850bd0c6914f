package dev.paperscope.planner;

import static dev.paperscope.planner.ScheduleFixtures.DEPLOYING;
import static dev.paperscope.planner.ScheduleFixtures.GLAM;
import static dev.paperscope.planner.ScheduleFixtures.OVERLAPPING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperscope.catalog.ResolvedRecord;
import dev.paperscope.catalog.UserData;
import dev.paperscope.ingest.SourceRecord;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agenda is built once per catalog version and changed in place by stars and unstars: what a star
 * answers and what the agenda then says agree with an agenda built from scratch, and a read with nothing
 * changed does not build again.
 */
class PlannerCacheTest {
    @TempDir
    Path dir;
    private final List<SourceRecord> records = new ArrayList<>(ScheduleFixtures.records());
    private final Map<String, String> workOf = new HashMap<>();
    private final AtomicInteger lookups = new AtomicInteger();
    /** Each star one second after the one before, so which star counts is decided by time. */
    private final Clock ticking = new Clock() {
        private final AtomicInteger seconds = new AtomicInteger();

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.parse("2026-11-25T12:00:00Z").plusSeconds(seconds.incrementAndGet());
        }
    };

    private String id(String title) {
        return ScheduleFixtures.idOf(records, title);
    }

    private List<ResolvedRecord> resolved() {
        return records.stream().map(r -> new ResolvedRecord(r, workOf.getOrDefault(r.id(), "w-" + r.id()), Optional.empty(),
                List.of())).toList();
    }

    /** The records of the works some ids name, counting the lookups. */
    private List<ResolvedRecord> recordsOfWorks(Collection<String> ids) {
        lookups.incrementAndGet();
        List<ResolvedRecord> all = resolved();
        List<String> works = all.stream().filter(r -> ids.contains(r.record().id()) || ids.contains(r.workId())).map(ResolvedRecord::workId)
                .toList();
        return all.stream().filter(r -> works.contains(r.workId())).toList();
    }

    /** A planner as the application makes one: lookups, and the agenda kept per catalog version. */
    private Planner planner(UserData db) {
        return new Planner(this::resolved, this::recordsOfWorks, db, ticking, id -> id);
    }

    /** An agenda built from scratch by a planner of its own. */
    private Agenda fresh(UserData db) {
        Planner fresh = planner(db);
        Agenda agenda = fresh.agenda();
        assertThat(fresh.builds()).isEqualTo(1);
        return agenda;
    }

    /** Another connection (the catalog's, another process) commits something: the database's data version moves. */
    private void commitElsewhere(String table) {
        try (UserData other = UserData.open(dir.resolve("catalog.db"))) {
            other.transaction("touch", c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE " + table + "(x)");
                }
                return null;
            });
        }
    }

    @Test
    void aSecondReadWithNothingChangedDoesNotBuildAgain() {
        try (UserData db = UserData.open(dir.resolve("catalog.db"))) {
            Planner planner = planner(db);
            planner.star(id(GLAM));
            Agenda first = planner.agenda();
            long builds = planner.builds();
            int reads = lookups.get();
            assertThat(planner.agenda()).isEqualTo(first);
            assertThat(planner.ics(Optional.empty())).contains("GLaM");
            assertThat(planner.builds()).as("nothing changed: no build").isEqualTo(builds);
            assertThat(lookups.get()).as("nor any catalog read").isEqualTo(reads);

            planner.star(id(OVERLAPPING));
            assertThat(planner.unstar(id(GLAM))).isTrue();
            assertThat(planner.unstar(id(GLAM))).isFalse();
            assertThat(planner.agenda()).isEqualTo(fresh(db));
            assertThat(planner.builds()).as("stars and unstars change the agenda in place").isEqualTo(builds);
        }
    }

    @Test
    void aChangeByAnotherConnectionOrPlannerBuildsAgain() {
        try (UserData db = UserData.open(dir.resolve("catalog.db"))) {
            Planner planner = planner(db);
            planner.star(id(GLAM));
            planner.agenda();
            long builds = planner.builds();

            workOf.put(id(DEPLOYING), "w-" + id(GLAM)); // a new resolution, committed by the catalog's connection
            commitElsewhere("resolution_changed");
            assertThat(planner.agenda()).isEqualTo(fresh(db));
            assertThat(planner.builds()).isEqualTo(builds + 1);

            planner(db).star(id(OVERLAPPING)); // another planner of this process, on the same connection
            assertThat(planner.agenda().isStarred(id(OVERLAPPING))).isTrue();
            assertThat(planner.builds()).isEqualTo(builds + 2);

            try (UserData other = UserData.open(dir.resolve("catalog.db"))) { // another process
                assertThat(planner(other).unstar(id(OVERLAPPING))).isTrue();
            }
            assertThat(planner.agenda().isStarred(id(OVERLAPPING))).isFalse();
            assertThat(planner.builds()).isEqualTo(builds + 3);
        }
    }

    @Test
    void whatAStarAnswersAgreesWithTheAgendaAfterEveryChange() {
        List<SourceRecord> timed = records.stream().filter(r -> r.start() != null).toList();
        workOf.put(id(GLAM), "w-glam");
        workOf.put(id(DEPLOYING), "w-glam"); // one work in two slots
        try (UserData db = UserData.open(dir.resolve("catalog.db"))) {
            Planner planner = planner(db);
            Random random = new Random(13);
            for (int step = 0; step < 120; step++) {
                if (step == 60) {
                    // works merged since some stars were made: two stored stars then stand for one work
                    workOf.put(id(OVERLAPPING), "w-glam");
                    commitElsewhere("merged");
                }
                SourceRecord r = timed.get(random.nextInt(timed.size()));
                String id = random.nextInt(5) == 0 ? workOf.getOrDefault(r.id(), "w-" + r.id()) : r.id();
                if (random.nextInt(3) == 0) {
                    planner.unstar(id);
                } else {
                    Starred starred = planner.star(id);
                    Agenda agenda = fresh(db);
                    String work = starred.workId();
                    assertThat(starred.entries()).as("step %d: the star's entries", step)
                            .isEqualTo(agenda.entries().stream().filter(e -> e.workId().equals(work)).toList());
                    assertThat(starred.entries()).contains(starred.entry());
                    assertThat(starred.entry().isNamedBy(id)).isTrue();
                    assertThat(starred.clashes()).as("step %d: the star's clashes", step).isEqualTo(agenda.clashes().stream()
                            .filter(c -> c.first().workId().equals(work) || c.second().workId().equals(work)).toList());
                    assertThat(starred.agendaSize()).isEqualTo(agenda.entries().size());
                }
                assertThat(planner.agenda()).as("step %d", step).isEqualTo(fresh(db));
            }
            assertThat(planner.agenda().clashes()).as("the walk reached clashes").isNotEmpty();
            assertThat(planner.builds()).as("built at the start and once after the merge").isEqualTo(2);
        }
    }

    @Test
    void failedStarsLeaveTheAgendaAsItWas() {
        SourceRecord paper = ScheduleFixtures.read(ScheduleFixtures.REPO.resolve("demo/seeds/003_6c61cf4d2baeb404.txt")).getFirst();
        records.add(paper);
        try (UserData db = UserData.open(dir.resolve("catalog.db"))) {
            Planner planner = planner(db);
            planner.star(id(GLAM));
            Agenda before = planner.agenda();
            long builds = planner.builds();
            assertThatThrownBy(() -> planner.star("r-no-such")).isInstanceOf(PlannerException.class)
                    .extracting(e -> ((PlannerException) e).reason()).isEqualTo(PlannerException.Reason.NOT_FOUND);
            assertThatThrownBy(() -> planner.star(paper.id())).isInstanceOf(PlannerException.class)
                    .extracting(e -> ((PlannerException) e).reason()).isEqualTo(PlannerException.Reason.INVALID);
            assertThat(planner.unstar("r-no-such")).isFalse();
            assertThat(planner.agenda()).isEqualTo(before).isEqualTo(fresh(db));
            assertThat(planner.builds()).isEqualTo(builds);
        }
    }
}
