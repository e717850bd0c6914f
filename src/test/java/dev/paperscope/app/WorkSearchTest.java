package dev.paperscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.search.RecordRef;
import dev.paperscope.search.SearchHit;
import dev.paperscope.search.SearchResults;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search by work on the real seed pages: Imagen is listed by three pages (the award page without its
 * title, recovered from a sample of the real NeurIPS 2022 list) and comes back once, with all three.
 */
class WorkSearchTest {
    private static final Path REPO = Path.of(System.getProperty("paperscope.repo", "."));
    private static final Path SEEDS = REPO.resolve("demo/seeds");
    private static final String IMAGEN = "Photorealistic Text-to-Image Diffusion Models with Deep Language Understanding";
    @TempDir
    static Path dir;
    private static Paperscope ps;

    @BeforeAll
    static void ingestSeeds() {
        ps = Paperscope.open(dir.resolve("data"));
        ps.ingest(List.of(SEEDS.resolve("000_3a5399ae039ce1ad.txt"), SEEDS.resolve("001_3c21371b35a751cd.txt"),
                SEEDS.resolve("003_6c61cf4d2baeb404.txt")), Optional.empty(), IngestListener.NONE);
        ps.ingest(List.of(REPO.resolve("src/test/resources/reference/neurips2022_sample.jsonl")), Optional.empty(),
                Optional.of(dev.paperscope.catalog.FileRole.REFERENCE), IngestListener.NONE);
    }

    @org.junit.jupiter.api.AfterAll
    static void close() {
        ps.close();
    }

    @Test
    void aWorkIsOneHitListingEveryPageThatDescribesIt() {
        SearchResults works = ps.searches().works("-kind:blog_post \"" + IMAGEN + "\"", 10, SearchOptions.DEFAULT);
        assertThat(works.hits()).hasSize(1);
        SearchHit imagen = works.hits().getFirst();
        assertThat(imagen.id()).startsWith("w");
        assertThat(imagen.title()).isEqualTo(IMAGEN);
        assertThat(imagen.records()).extracting(r -> r.file().substring(0, 3)).containsExactlyInAnyOrder("000", "001", "003");

        SearchResults records = ps.search("-kind:blog_post \"" + IMAGEN + "\"", 10, SearchOptions.DEFAULT);
        assertThat(records.hits()).hasSize(3).allSatisfy(h -> assertThat(h.id()).startsWith("r"));
        assertThat(imagen.records().stream().map(RecordRef::id))
                .containsExactlyInAnyOrderElementsOf(records.hits().stream().map(SearchHit::id).toList());
    }

    @Test
    void worksComeInTheOrderOfTheirBestRecordsWithoutRepeats() {
        SearchResults records = ps.search("diffusion", 200, SearchOptions.DEFAULT);
        SearchResults works = ps.searches().works("diffusion", 20, SearchOptions.DEFAULT);
        assertThat(works.hits()).hasSize(20);
        assertThat(works.hits().stream().map(SearchHit::id).distinct()).hasSize(20);
        // Each work's first record is the best-ranked one of it, and the works follow those ranks.
        List<Integer> ranks = works.hits().stream().map(h -> rank(records, h.records().getFirst().id())).toList();
        assertThat(ranks).isSorted();
        assertThat(ps.searches().works("diffusion", 20, SearchOptions.DEFAULT).hits()).isEqualTo(works.hits());
    }

    private static int rank(SearchResults records, String id) {
        for (int i = 0; i < records.hits().size(); i++) {
            if (records.hits().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id + " not among the record hits");
    }

    @Test
    void anAuthorQueryFindsEverySpellingOfThePerson() {
        // The award page writes "Kamyar Ghasemipour", the lab's list "Seyed Kamyar Seyed Ghasemipour".
        List<String> files = ps.search("author:\"Kamyar Ghasemipour\"", 50, SearchOptions.DEFAULT).hits().stream()
                .map(h -> h.records().getFirst().file().substring(0, 3)).distinct().sorted().toList();
        assertThat(files).containsExactly("000", "003");
        assertThat(ps.search("author:\"Ghasemipour, Kamyar\"", 50, SearchOptions.DEFAULT).total())
                .as("reversed order is the same person").isEqualTo(ps.search("author:\"Kamyar Ghasemipour\"", 50, SearchOptions.DEFAULT).total());
        assertThat(ps.search("author:\"Seyed Kamyar Seyed Ghasemipour\"", 50, SearchOptions.DEFAULT).hits())
                .extracting(h -> h.records().getFirst().file().substring(0, 3)).contains("003");
        assertThat(ps.search("author:\"Kamyar Smith\"", 50, SearchOptions.DEFAULT).total()).as("another person").isZero();
        assertThat(ps.search("-author:\"Kamyar Ghasemipour\" \"" + IMAGEN + "\" -kind:blog_post", 50, SearchOptions.DEFAULT).hits())
                .as("excluding the person excludes every spelling; the reading list names no authors")
                .extracting(h -> h.records().getFirst().file().substring(0, 3)).containsExactly("001");
    }
}
