package dev.paperscope.search.related;

import static dev.paperscope.testing.DenseCorpus.IMAGEN;
import static dev.paperscope.testing.DenseCorpus.IMAGE_TALK;
import static dev.paperscope.testing.DenseCorpus.titles;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.catalog.Catalog;
import dev.paperscope.index.IndexVectors;
import dev.paperscope.index.SearchIndex;
import dev.paperscope.index.VectorQuantization;
import dev.paperscope.search.SearchHit;
import dev.paperscope.search.SearchResults;
import dev.paperscope.testing.DenseCorpus;
import dev.paperscope.testing.HashingEmbedder;
import dev.paperscope.testing.MapVectorSource;
import dev.paperscope.testing.Records;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelatedSearchTest {
    @TempDir
    Path dir;
    private Catalog catalog;
    private SearchIndex index;

    @BeforeEach
    void setUp() {
        catalog = Catalog.open(dir.resolve("c.db"));
        DenseCorpus.fill(catalog);
        // The Imagen paper again, as another page lists it: a copy, not related work.
        catalog.store(Records.file(Records.paper("awards.txt", 3, IMAGEN).award("Outstanding Paper")
                .abstractText("We present Imagen, a text-to-image diffusion model for image generation.").build()), "awards.txt", "s3", null);
    }

    @AfterEach
    void tearDown() {
        index.close();
        catalog.close();
    }

    private String imagenId() {
        return catalog.recordsOf("papers.txt").getFirst().id();
    }

    @Test
    void nearestNeighboursLeaveOutTheRecordAndItsCopies() {
        index = SearchIndex.open(dir.resolve("i"), new IndexVectors(new MapVectorSource(HashingEmbedder.withTestSynonyms()), VectorQuantization.NONE));
        index.catchUp(catalog);
        SearchResults r = new RelatedSearch(index).related(imagenId(), 10).orElseThrow();
        assertThat(titles(r.hits())).doesNotContain(IMAGEN).hasSize(4).startsWith(IMAGE_TALK);
        assertThat(r.notes()).isEmpty();
        for (int i = 1; i < r.hits().size(); i++) {
            assertThat(r.hits().get(i).score()).isLessThanOrEqualTo(r.hits().get(i - 1).score());
        }
    }

    @Test
    void withoutVectorsSharedWordsDecide() {
        index = SearchIndex.open(dir.resolve("i"));
        index.catchUp(catalog);
        SearchResults r = new RelatedSearch(index).related(imagenId(), 10).orElseThrow();
        // The talk shares "image" and "diffusion" with Imagen, the language-model records only "model";
        // the LSTM paper shares no word at all.
        assertThat(titles(r.hits())).hasSize(3).startsWith(IMAGE_TALK).doesNotContain(IMAGEN, DenseCorpus.LSTM);
        assertThat(r.notes()).anyMatch(n -> n.contains("MoreLikeThis"));
    }

    @Test
    void anUnknownIdHasNoResults() {
        index = SearchIndex.open(dir.resolve("i"));
        index.catchUp(catalog);
        assertThat(new RelatedSearch(index).related("no-such-id", 10)).isEmpty();
        assertThat(new RelatedSearch(index).related(imagenId(), 1).orElseThrow().hits()).extracting(SearchHit::title)
                .containsExactly(IMAGE_TALK);
    }
}
