package dev.paperscope.planner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.app.IngestListener;
import dev.paperscope.app.Paperscope;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The planner the application builds over a real catalog: reads with nothing changed reuse the built
 * agenda, and an ingest (a commit of the catalog's own connection) makes the next read build it again.
 */
class PlannerOverCatalogTest {
    @TempDir
    Path dir;

    @Test
    void theAgendaIsBuiltAgainOnlyAfterTheCatalogChanged() throws Exception {
        Path seed = Files.copy(ScheduleFixtures.SEED, Files.createDirectories(dir.resolve("in")).resolve(ScheduleFixtures.SEED.getFileName()));
        Path synthetic = Files.copy(ScheduleFixtures.SYNTHETIC, dir.resolve("in").resolve(ScheduleFixtures.SYNTHETIC.getFileName()));
        try (Paperscope ps = Paperscope.open(dir.resolve("data"))) {
            ps.ingest(List.of(seed), Optional.empty(), Optional.empty(), IngestListener.NONE);
            Planner planner = ps.planner();
            String glam = planner.schedule().talks().stream().filter(t -> ScheduleFixtures.GLAM.equals(t.title())).findFirst()
                    .orElseThrow().recordId();
            Starred starred = planner.star(glam);
            Agenda first = planner.agenda();
            long builds = planner.builds();
            assertThat(planner.agenda()).isEqualTo(first);
            assertThat(planner.agenda().entries()).containsExactlyElementsOf(starred.entries());
            assertThat(planner.builds()).as("nothing changed").isEqualTo(builds);

            ps.ingest(List.of(synthetic), Optional.empty(), Optional.empty(), IngestListener.NONE);
            Agenda after = planner.agenda();
            assertThat(planner.builds()).as("the catalog changed").isEqualTo(builds + 1);
            assertThat(after.entries()).extracting(AgendaEntry::workId).containsExactlyElementsOf(
                    first.entries().stream().map(AgendaEntry::workId).toList());
            planner.agenda();
            assertThat(planner.builds()).as("and then nothing changed").isEqualTo(builds + 1);
        }
    }
}
