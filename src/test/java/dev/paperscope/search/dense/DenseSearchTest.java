package dev.paperscope.search.dense;

import static dev.paperscope.testing.DenseCorpus.COT;
import static dev.paperscope.testing.DenseCorpus.IMAGEN;
import static dev.paperscope.testing.DenseCorpus.IMAGE_TALK;
import static dev.paperscope.testing.DenseCorpus.LSTM;
import static dev.paperscope.testing.DenseCorpus.titles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.paperscope.catalog.Catalog;
import dev.paperscope.index.IndexVectors;
import dev.paperscope.index.SearchIndex;
import dev.paperscope.index.VectorQuantization;
import dev.paperscope.search.Bm25Params;
import dev.paperscope.search.Bm25Search;
import dev.paperscope.search.SearchHit;
import dev.paperscope.search.SearchResults;
import dev.paperscope.testing.DenseCorpus;
import dev.paperscope.testing.HashingEmbedder;
import dev.paperscope.testing.MapVectorSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DenseSearchTest {
    @TempDir
    Path dir;
    private final HashingEmbedder embedder = HashingEmbedder.withTestSynonyms();
    private Catalog catalog;
    private SearchIndex index;

    private DenseSearch open(VectorQuantization quantization) {
        catalog = Catalog.open(dir.resolve("c.db"));
        DenseCorpus.fill(catalog);
        index = SearchIndex.open(dir.resolve("i"), new IndexVectors(new MapVectorSource(embedder), quantization));
        index.catchUp(catalog);
        return new DenseSearch(index, embedder);
    }

    /** An index with two models' vectors: the synonym-aware test embedder and a plain one of another dimension. */
    private DenseSearch openEnsemble(HashingEmbedder second) {
        catalog = Catalog.open(dir.resolve("c.db"));
        DenseCorpus.fill(catalog);
        index = SearchIndex.open(dir.resolve("i"), new IndexVectors(List.of(new MapVectorSource(embedder), new MapVectorSource(second)),
                VectorQuantization.NONE));
        index.catchUp(catalog);
        return new DenseSearch(index, List.of(embedder, second));
    }

    private Map<String, String> passagesById() {
        Map<String, String> byId = new java.util.HashMap<>();
        catalog.forEachRecord(r -> byId.put(r.id(), dev.paperscope.index.Passages.text(r)));
        return byId;
    }

    /** Lucene's dot-product score of a query and a passage, computed here from the embedders themselves. */
    private static float expectedScore(Embedder model, String query, String passage) {
        float[] q = model.embedQueries(List.of(query)).getFirst();
        float[] p = model.embedPassages(List.of(passage)).getFirst();
        double dot = 0;
        for (int i = 0; i < q.length; i++) {
            dot += (double) q[i] * p[i];
        }
        return (float) ((1 + dot) / 2);
    }

    @Test
    void everyCandidateGetsEveryModelsExactScoreIncludingThoseAskedFor() {
        HashingEmbedder second = new HashingEmbedder("second-model", 64, Map.of());
        DenseSearch dense = openEnsemble(second);
        Map<String, String> passages = passagesById();
        String lstm = passages.entrySet().stream().filter(e -> e.getValue().startsWith(LSTM)).findFirst().orElseThrow().getKey();

        DenseSearch.Scored scored = index.withSearcher(searcher -> {
            int lstmDoc = searcher.search(new org.apache.lucene.search.TermQuery(
                    new org.apache.lucene.index.Term(dev.paperscope.index.IndexSchema.ID, lstm)), 1).scoreDocs[0].doc;
            return dense.scores(searcher, "picture synthesis", 1, new int[] {lstmDoc});
        });
        assertThat(scored.scores().candidates()).contains(lstm).hasSizeBetween(2, 3);
        assertThat(scored.exhausted()).isFalse();
        List<Embedder> models = List.of(embedder, second);
        for (int m = 0; m < 2; m++) {
            Map<String, Float> byId = scored.scores().perModel().get(m);
            assertThat(byId.keySet()).as("model %d scores every candidate", m).containsExactlyInAnyOrderElementsOf(scored.scores().candidates());
            for (String id : scored.scores().candidates()) {
                assertThat(byId.get(id)).isCloseTo(expectedScore(models.get(m), "picture synthesis", passages.get(id)), within(1e-5f));
            }
        }
    }

    @Test
    void anEnsembleRanksTheUnionOfBothModelsByTheirScaledMean() {
        // A second model that also knows the synonyms, hashing into another space: both agree on the top two.
        HashingEmbedder alike = new HashingEmbedder("second-model", 64, Map.of("picture", "image", "synthesis", "generation"));
        DenseSearch dense = openEnsemble(alike);
        SearchResults r = dense.search("picture synthesis", 5);
        assertThat(r.hits()).hasSize(5);
        assertThat(titles(r.hits()).subList(0, 2)).containsExactlyInAnyOrder(IMAGEN, IMAGE_TALK);
        assertThat(r.hits()).extracting(SearchHit::id).isEqualTo(index.withSearcher(s -> dense.scores(s, "picture synthesis", 5, new int[0]))
                .scores().ranked().stream().map(dev.paperscope.search.Ranked::id).toList());
        assertThat(r.hits()).allSatisfy(h -> assertThat(h.score()).isBetween(0f, 1f));
        assertThat(r.hits()).extracting(SearchHit::id).isEqualTo(dense.ranking("picture synthesis", 5).ranked().stream()
                .map(dev.paperscope.search.Ranked::id).toList());
        assertThat(titles(dense.search("picture synthesis kind:talk", 10).hits())).containsExactlyInAnyOrder(IMAGE_TALK, DenseCorpus.SCALING_TALK);
    }

    @Test
    void queryEmbeddersMustMatchTheIndexedModelsInOrder() {
        HashingEmbedder second = new HashingEmbedder("second-model", 64, Map.of());
        openEnsemble(second);
        assertThatThrownBy(() -> new DenseSearch(index, embedder).search("picture synthesis", 3))
                .hasMessageContaining("test-hashing-128 (128 dimensions) + second-model (64 dimensions)");
        assertThatThrownBy(() -> new DenseSearch(index, List.of(second, embedder)).search("picture synthesis", 3))
                .isInstanceOf(IllegalStateException.class);
    }

    @AfterEach
    void tearDown() {
        if (index != null) {
            index.close();
            catalog.close();
        }
    }

    @ParameterizedTest
    @EnumSource(VectorQuantization.class)
    void findsAParaphraseThatBm25Misses(VectorQuantization quantization) {
        DenseSearch dense = open(quantization);
        assertThat(new Bm25Search(index, Bm25Params.DEFAULT).search("picture synthesis", 10).hits()).isEmpty();

        SearchResults r = dense.search("picture synthesis", 2);
        assertThat(titles(r.hits())).containsExactlyInAnyOrder(IMAGEN, IMAGE_TALK);
        assertThat(r.hits()).allSatisfy(h -> assertThat(h.score()).isBetween(0.5f, 1.0f));
        assertThat(r.hits().getFirst().snippet()).doesNotContain("**"); // no query word to highlight: the opening
    }

    @Test
    void filtersRestrictCandidatesBeforeTheNearestNeighbours() {
        DenseSearch dense = open(VectorQuantization.NONE);
        assertThat(titles(dense.search("picture synthesis kind:talk", 10).hits())).containsExactly(IMAGE_TALK, DenseCorpus.SCALING_TALK);
        assertThat(titles(dense.search("picture synthesis -kind:talk", 10).hits())).hasSize(3).doesNotContain(IMAGE_TALK)
                .startsWith(IMAGEN);
        assertThat(titles(dense.search("picture synthesis year:..2000", 10).hits())).containsExactly(LSTM);
        assertThat(titles(dense.search("picture synthesis title:prompting", 10).hits())).containsExactly(COT);
        assertThat(titles(dense.search("picture synthesis -diffusion", 10).hits())).doesNotContain(IMAGEN, IMAGE_TALK);
    }

    @Test
    void theRankingAloneHasTheResultsPagesIdsAndScores() {
        DenseSearch dense = open(VectorQuantization.NONE);
        for (String q : List.of("picture synthesis", "language models kind:talk")) {
            List<SearchHit> page = dense.search(q, 4).hits();
            var ranking = dense.ranking(q, 4);
            assertThat(ranking.ranked()).extracting(dev.paperscope.search.Ranked::id).containsExactlyElementsOf(page.stream().map(SearchHit::id).toList());
            assertThat(ranking.ranked()).extracting(dev.paperscope.search.Ranked::score).containsExactlyElementsOf(page.stream().map(SearchHit::score).toList());
        }
        assertThat(dense.ranking("kind:talk", 4).ranked()).isEmpty();
        assertThat(dense.ranking("kind:talk", 4).notes()).anyMatch(n -> n.contains("free text"));
    }

    @Test
    void queryWordsInTheAbstractAreHighlighted() {
        DenseSearch dense = open(VectorQuantization.NONE);
        SearchHit imagen = dense.search("image generation", 2).hits().stream()
                .filter(h -> h.title().equals(IMAGEN)).findFirst().orElseThrow();
        assertThat(imagen.snippet()).contains("**image**").contains("**generation**");
    }

    @Test
    void resultsAreTheSameEveryTimeAndTiesGoByRecordId() {
        DenseSearch dense = open(VectorQuantization.NONE);
        List<SearchHit> first = dense.search("language models", 5).hits();
        for (int i = 0; i < 3; i++) {
            assertThat(dense.search("language models", 5).hits()).isEqualTo(first);
        }
        for (int i = 1; i < first.size(); i++) {
            assertThat(first.get(i).score()).isLessThanOrEqualTo(first.get(i - 1).score());
            if (first.get(i).score() == first.get(i - 1).score()) {
                assertThat(first.get(i).id()).isGreaterThan(first.get(i - 1).id());
            }
        }
    }

    @Test
    void aQueryWithoutFreeTextHasNothingToEmbed() {
        DenseSearch dense = open(VectorQuantization.NONE);
        SearchResults r = dense.search("kind:talk", 10);
        assertThat(r.hits()).isEmpty();
        assertThat(r.notes()).anyMatch(n -> n.contains("has none"));
    }

    @Test
    void aQueryEmbedderOfAnotherModelIsRefused() {
        open(VectorQuantization.NONE);
        DenseSearch other = new DenseSearch(index, new HashingEmbedder("another-model", 128, Map.of()));
        assertThatThrownBy(() -> other.search("image", 5)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("test-hashing-128").hasMessageContaining("another-model");
    }
}
