package dev.paperscope.search.fusion;

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
import dev.paperscope.search.LuceneBackend;
import dev.paperscope.search.Ranked;
import dev.paperscope.search.SearchHit;
import dev.paperscope.search.SearchResults;
import dev.paperscope.search.dense.Embedder;
import dev.paperscope.search.dense.ModelScores;
import dev.paperscope.testing.DenseCorpus;
import dev.paperscope.testing.HashingEmbedder;
import dev.paperscope.testing.MapVectorSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Dense retrieval through the product's one path ({@link BackendRetrieval} over the embedded index, {@link LuceneBackend}). */
class DenseRetrievalTest {
    @TempDir
    Path dir;
    private final HashingEmbedder embedder = HashingEmbedder.withTestSynonyms();
    private Catalog catalog;
    private SearchIndex index;

    /** Dense retrieval as the product runs it over this index. */
    private static final class Dense {
        private final BackendRetrieval retrieval;

        Dense(SearchIndex index, List<Embedder> embedders) {
            this.retrieval = new BackendRetrieval(new LuceneBackend(index, Bm25Params.DEFAULT), embedders);
        }

        SearchResults search(String query, int limit) {
            return retrieval.dense(query, limit, 0).results();
        }
    }

    private Dense open(VectorQuantization quantization) {
        catalog = Catalog.open(dir.resolve("c.db"));
        DenseCorpus.fill(catalog);
        index = SearchIndex.open(dir.resolve("i"), new IndexVectors(new MapVectorSource(embedder), quantization));
        index.catchUp(catalog);
        return new Dense(index, List.of(embedder));
    }

    /** An index with two models' vectors: the synonym-aware test embedder and a plain one of another dimension. */
    private Dense openEnsemble(HashingEmbedder second) {
        catalog = Catalog.open(dir.resolve("c.db"));
        DenseCorpus.fill(catalog);
        index = SearchIndex.open(dir.resolve("i"), new IndexVectors(List.of(new MapVectorSource(embedder), new MapVectorSource(second)),
                VectorQuantization.NONE));
        index.catchUp(catalog);
        return new Dense(index, List.of(embedder, second));
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
        openEnsemble(second);
        Map<String, String> passages = passagesById();
        String lstm = passages.entrySet().stream().filter(e -> e.getValue().startsWith(LSTM)).findFirst().orElseThrow().getKey();
        List<Embedder> models = List.of(embedder, second);
        List<float[]> vectors = models.stream().map(m -> m.embedQueries(List.of("picture synthesis")).getFirst()).toList();
        LuceneBackend backend = new LuceneBackend(index, Bm25Params.DEFAULT);
        for (int m = 0; m < 2; m++) {
            int model = m;
            // The graph's nearest is met in the search's snapshot; the LSTM paper, far from the query, is looked up.
            List<String> candidates = new ArrayList<>();
            Map<String, Float> byId = backend.reading(reads -> {
                reads.knn(0, vectors.getFirst(), 1, null).ranked().forEach(r -> candidates.add(r.id()));
                candidates.add(lstm);
                return reads.knnScores(model, vectors.get(model), candidates);
            });
            assertThat(candidates).hasSize(2).doesNotHaveDuplicates();
            assertThat(byId.keySet()).as("model %d scores every candidate", m).containsExactlyElementsOf(candidates);
            for (String id : candidates) {
                assertThat(byId.get(id)).isCloseTo(expectedScore(models.get(m), "picture synthesis", passages.get(id)), within(1e-5f));
            }
            assertThat(backend.knnScores(model, vectors.get(model), candidates)).as("a read of its own looks both up").isEqualTo(byId);
        }
    }

    @Test
    void anEnsembleRanksTheUnionOfBothModelsByTheirScaledMean() {
        // A second model that also knows the synonyms, hashing into another space: both agree on the top two.
        HashingEmbedder alike = new HashingEmbedder("second-model", 64, Map.of("picture", "image", "synthesis", "generation"));
        Dense dense = openEnsemble(alike);
        SearchResults r = dense.search("picture synthesis", 5);
        assertThat(r.hits()).hasSize(5);
        assertThat(titles(r.hits()).subList(0, 2)).containsExactlyInAnyOrder(IMAGEN, IMAGE_TALK);
        // Without a floor every record is a candidate: the page is the scaled mean of both models' exact scores over all of them.
        List<String> all = new ArrayList<>(passagesById().keySet());
        LuceneBackend backend = new LuceneBackend(index, Bm25Params.DEFAULT);
        List<Map<String, Float>> perModel = List.of(
                backend.knnScores(0, embedder.embedQueries(List.of("picture synthesis")).getFirst(), all),
                backend.knnScores(1, alike.embedQueries(List.of("picture synthesis")).getFirst(), all));
        assertThat(r.hits()).extracting(SearchHit::id).isEqualTo(ModelScores.combine(all, perModel).subList(0, 5).stream().map(Ranked::id).toList());
        assertThat(r.hits()).allSatisfy(h -> assertThat(h.score()).isBetween(0f, 1f));
        assertThat(titles(dense.search("picture synthesis kind:talk", 10).hits())).containsExactlyInAnyOrder(IMAGE_TALK, DenseCorpus.SCALING_TALK);
    }

    @Test
    void queryEmbeddersMustMatchTheIndexedModelsInOrder() {
        HashingEmbedder second = new HashingEmbedder("second-model", 64, Map.of());
        openEnsemble(second);
        assertThatThrownBy(() -> new Dense(index, List.of(embedder)).search("picture synthesis", 3))
                .hasMessageContaining("test-hashing-128 (128 dimensions) + second-model (64 dimensions)");
        assertThatThrownBy(() -> new Dense(index, List.of(second, embedder)).search("picture synthesis", 3))
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
        Dense dense = open(quantization);
        assertThat(new LuceneBackend(index, Bm25Params.DEFAULT).bm25("picture synthesis", 10).ranked()).isEmpty();

        SearchResults r = dense.search("picture synthesis", 2);
        assertThat(titles(r.hits())).containsExactlyInAnyOrder(IMAGEN, IMAGE_TALK);
        assertThat(r.hits()).allSatisfy(h -> assertThat(h.score()).isBetween(0.5f, 1.0f));
        assertThat(r.hits().getFirst().snippet()).doesNotContain("**"); // no query word to highlight: the opening
    }

    @Test
    void filtersRestrictCandidatesBeforeTheNearestNeighbours() {
        Dense dense = open(VectorQuantization.NONE);
        assertThat(titles(dense.search("picture synthesis kind:talk", 10).hits())).containsExactly(IMAGE_TALK, DenseCorpus.SCALING_TALK);
        assertThat(titles(dense.search("picture synthesis -kind:talk", 10).hits())).hasSize(3).doesNotContain(IMAGE_TALK)
                .startsWith(IMAGEN);
        assertThat(titles(dense.search("picture synthesis year:..2000", 10).hits())).containsExactly(LSTM);
        assertThat(titles(dense.search("picture synthesis title:prompting", 10).hits())).containsExactly(COT);
        assertThat(titles(dense.search("picture synthesis -diffusion", 10).hits())).doesNotContain(IMAGEN, IMAGE_TALK);
    }

    @Test
    void queryWordsInTheAbstractAreHighlighted() {
        Dense dense = open(VectorQuantization.NONE);
        SearchHit imagen = dense.search("image generation", 2).hits().stream()
                .filter(h -> h.title().equals(IMAGEN)).findFirst().orElseThrow();
        assertThat(imagen.snippet()).contains("**image**").contains("**generation**");
    }

    @Test
    void resultsAreTheSameEveryTimeAndTiesGoByRecordId() {
        Dense dense = open(VectorQuantization.NONE);
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
        Dense dense = open(VectorQuantization.NONE);
        SearchResults r = dense.search("kind:talk", 10);
        assertThat(r.hits()).isEmpty();
        assertThat(r.notes()).anyMatch(n -> n.contains("has none"));
    }

    @Test
    void aQueryEmbedderOfAnotherModelIsRefused() {
        open(VectorQuantization.NONE);
        Dense other = new Dense(index, List.of(new HashingEmbedder("another-model", 128, Map.of())));
        assertThatThrownBy(() -> other.search("image", 5)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("test-hashing-128").hasMessageContaining("another-model");
    }
}
