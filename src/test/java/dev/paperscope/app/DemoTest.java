package dev.paperscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.catalog.FileRole;
import dev.paperscope.catalog.IngestOutcome;
import dev.paperscope.catalog.StoredFile;
import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.resolve.Work;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled demo from an empty data folder: the conference lists it ships recover the pages' titles. */
class DemoTest {
    @TempDir
    Path dir;

    @Test
    void theDemoShipsWholeConferenceListsAsReferenceData() {
        List<Demo.Entry> manifest = Demo.manifest();
        assertThat(manifest).filteredOn(e -> e.role() == FileRole.REFERENCE).extracting(Demo.Entry::name)
                .containsExactly("icml2023_openreview.jsonl.gz", "neurips2022_titles_authors.jsonl.gz");
        assertThat(manifest).filteredOn(e -> e.role() == FileRole.SOURCE).hasSize(5);
        assertThat(Demo.Entry.parse("reference x.jsonl.gz").resource()).isEqualTo("demo/references/x.jsonl.gz");
        assertThat(Demo.Entry.parse("000_a.txt").resource()).isEqualTo("demo/seeds/000_a.txt");
    }

    @Test
    void aFirstRunShowsTitlesForTheUntitledOralsAndAwards() throws Exception {
        try (Paperscope ps = Paperscope.open(dir.resolve("data"))) {
            List<IngestOutcome> outcomes = Demo.ingestBundledPages(ps);
            assertThat(outcomes).extracting(IngestOutcome::records).startsWith(1828, 2900);
            assertThat(ps.catalog().files()).filteredOn(f -> f.role() == FileRole.REFERENCE).extracting(StoredFile::name)
                    .containsExactlyInAnyOrder("icml2023_openreview.jsonl.gz", "neurips2022_titles_authors.jsonl.gz");
            assertThat(ps.recordCount()).as("reference records are not counted").isLessThan(1000);
            Resolution resolution = ps.resolve();
            Map<String, SourceRecord> byId = resolution.recordsById();
            long untitled = resolution.works().stream().filter(w -> w.title() == null).count();
            System.out.printf("demo: %d works, %d without a title%n", resolution.works().size(), untitled);
            assertThat(untitled).as("works without a title").isLessThanOrEqualTo(resolution.works().size() / 50);
            Work imagen = resolution.works().stream()
                    .filter(w -> "Photorealistic Text-to-Image Diffusion Models with Deep Language Understanding".equals(w.title()))
                    .filter(w -> w.recordIds().stream().anyMatch(id -> byId.get(id).kind() != dev.paperscope.ingest.RecordKind.BLOG_POST))
                    .findFirst().orElseThrow();
            assertThat(imagen.recordIds().stream().map(id -> byId.get(id).source().file().substring(0, 3)).distinct())
                    .contains("000", "001", "003");
            // Re-running the demo changes nothing.
            assertThat(Demo.ingestBundledPages(ps)).extracting(IngestOutcome::status).containsOnly(IngestOutcome.Status.UNCHANGED);
        }
    }
}
