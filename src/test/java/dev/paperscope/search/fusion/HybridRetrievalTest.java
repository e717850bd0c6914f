package dev.paperscope.search.fusion;

import static dev.paperscope.testing.DenseCorpus.COT;
import static dev.paperscope.testing.DenseCorpus.IMAGEN;
import static dev.paperscope.testing.DenseCorpus.IMAGE_TALK;
import static dev.paperscope.testing.DenseCorpus.SCALING_TALK;
import static dev.paperscope.testing.DenseCorpus.titles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperscope.catalog.Catalog;
import dev.paperscope.index.IndexVectors;
import dev.paperscope.index.SearchIndex;
import dev.paperscope.index.VectorQuantization;
import dev.paperscope.search.Bm25Params;
import dev.paperscope.search.Bm25Search;
import dev.paperscope.search.LuceneBackend;
import dev.paperscope.search.SearchHit;
import dev.paperscope.search.SearchResults;
import dev.paperscope.testing.DenseCorpus;
import dev.paperscope.testing.HashingEmbedder;
import dev.paperscope.testing.MapVectorSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hybrid retrieval through the product's one path ({@link BackendRetrieval} over the embedded index, {@link LuceneBackend}). */
class HybridRetrievalTest {
    @TempDir
    Path dir;
    private Catalog catalog;
    private SearchIndex index;
    private HashingEmbedder embedder;
    private LuceneBackend backend;
    private BackendRetrieval retrieval;

    @BeforeEach
    void setUp() {
        embedder = HashingEmbedder.withTestSynonyms();
        catalog = Catalog.open(dir.resolve("c.db"));
        DenseCorpus.fill(catalog);
        index = SearchIndex.open(dir.resolve("i"), new IndexVectors(new MapVectorSource(embedder), VectorQuantization.NONE));
        index.catchUp(catalog);
        backend = new LuceneBackend(index, Bm25Params.DEFAULT);
        retrieval = new BackendRetrieval(backend, List.of(embedder));
    }

    @AfterEach
    void tearDown() {
        index.close();
        catalog.close();
    }

    /** Hybrid retrieval with {@code fusion} and the default depths. */
    private interface Hybrid {
        SearchResults search(String query, int limit);
    }

    private Hybrid hybrid(Fusion fusion) {
        return (query, limit) -> retrieval.hybrid(query, limit, fusion, 0).results();
    }

    private BackendRetrieval depth(int depth) {
        return new BackendRetrieval(backend, List.of(embedder), depth, BackendRetrieval.DEFAULT_DENSE_DEPTH);
    }

    @Test
    void fusesWordMatchesWithMeaningMatches() {
        // BM25 knows "prompting"; only the embedder knows that a picture is an image.
        Explained r = retrieval.hybridExplained("prompting picture synthesis", 3, new ReciprocalRankFusion(), 0);
        assertThat(titles(r.results().hits())).contains(COT).containsAnyOf(IMAGEN, IMAGE_TALK);
        FusedHit cot = r.fused().stream().filter(h -> h.hit().title().equals(COT)).findFirst().orElseThrow();
        assertThat(cot.fused().bm25()).isEqualTo(new Contribution(1, cot.fused().bm25().score()));
        assertThat(cot.hit().snippet()).as("the page is highlighted after fusion").contains("**Prompting**");
        assertThat(r.results().hits()).extracting(SearchHit::id).isEqualTo(r.fused().stream().map(FusedHit::id).toList());
    }

    @Test
    void eachSideScoresTheOthersCandidatesBeyondItsOwnTopK() {
        // Depth 1: BM25's top hit is the prompting paper, dense's an image paper. Each side scores the other's
        // candidate too: the prompting paper gets a dense score though dense search did not return it.
        String query = "prompting picture synthesis";
        String bm25Top = backend.bm25(query, 1).ranked().getFirst().id();
        String denseTop = retrieval.dense(query, 1, 0).results().hits().getFirst().id();
        assertThat(bm25Top).as("the two sides disagree, or the test shows nothing").isNotEqualTo(denseTop);
        float denseScoreOfBm25Top = retrieval.dense(query, 5, 0).results().hits().stream().filter(x -> x.id().equals(bm25Top)).findFirst()
                .orElseThrow().score();

        FusedHit top = depth(1).hybridExplained(query, 1, new ScoreFusion(0.0), 0).fused().getFirst();
        assertThat(top.id()).isEqualTo(bm25Top);
        assertThat(top.fused().bm25().score()).isEqualTo(backend.bm25(query, 1).ranked().getFirst().score());
        assertThat(top.fused().dense()).as("a dense score, though dense search's top 1 did not hold it").isNotNull();
        assertThat(top.fused().dense().score()).isCloseTo(denseScoreOfBm25Top, org.assertj.core.api.Assertions.within(1e-6f));

        FusedHit first = depth(1).hybridExplained(query, 1, new ScoreFusion(1.0), 0).fused().getFirst();
        assertThat(first.id()).isEqualTo(denseTop);
        assertThat(first.fused().bm25()).as("the image paper has none of the query's words: no BM25 score").isNull();
    }

    @Test
    void aBadQueryFailsAsItWouldInBm25AloneAndAFailingModelLeavesNothingRunning() {
        assertThatThrownBy(() -> hybrid(new ScoreFusion()).search("diffusion year:2022..2020", 10))
                .isInstanceOf(dev.paperscope.search.QuerySyntaxException.class).hasMessageContaining("lower bound is above upper bound");
        dev.paperscope.search.dense.Embedder broken = new dev.paperscope.search.dense.Embedder() {
            @Override
            public String modelId() {
                return "test-hashing-128";
            }

            @Override
            public int dimension() {
                return 128;
            }

            @Override
            public List<float[]> embedPassages(List<String> texts) {
                throw new IllegalStateException("model failed");
            }

            @Override
            public List<float[]> embedQueries(List<String> texts) {
                throw new IllegalStateException("model failed");
            }

            @Override
            public void close() {
            }
        };
        BackendRetrieval failing = new BackendRetrieval(backend, List.of(broken));
        assertThatThrownBy(() -> failing.hybrid("diffusion", 10, new ScoreFusion(), 0)).hasMessage("model failed");
        assertThat(hybrid(new ScoreFusion()).search("diffusion", 10).hits()).as("the index is still usable").isNotEmpty();
    }

    @Test
    void bm25ScoresChosenDocumentsAsItsRankingDoes() {
        java.util.Map<String, Float> matching = new java.util.HashMap<>();
        backend.bm25("diffusion models", 10).ranked().forEach(x -> matching.put(x.id(), x.score()));
        java.util.Map<String, Float> scored = index.withSearcher(searcher -> {
            int[] every = java.util.stream.IntStream.range(0, searcher.getIndexReader().maxDoc()).map(i -> searcher.getIndexReader().maxDoc() - 1 - i).toArray();
            String[] ids = dev.paperscope.search.Hits.idsOf(searcher, every);
            java.util.Map<Integer, String> idOf = new java.util.HashMap<>();
            for (int i = 0; i < every.length; i++) {
                idOf.put(every[i], ids[i]);
            }
            java.util.Map<String, Float> out = new java.util.HashMap<>();
            new Bm25Search(Bm25Params.DEFAULT).lexical(searcher, "diffusion models", 1).scoresOf(every).forEach((doc, score) -> out.put(idOf.get(doc), score));
            return out;
        });
        assertThat(matching).hasSizeBetween(2, 4);
        assertThat(scored).as("every matching record with its ranking score, no other").isEqualTo(matching);
    }

    @Test
    void filtersApplyToBothRetrievers() {
        for (Fusion fusion : List.of(new ReciprocalRankFusion(), new ScoreFusion())) {
            SearchResults talks = hybrid(fusion).search("diffusion picture synthesis language kind:talk", 10);
            assertThat(talks.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.kind()).isEqualTo("talk"));
            assertThat(titles(talks.hits())).containsExactlyInAnyOrder(IMAGE_TALK, SCALING_TALK);

            SearchResults papers = hybrid(fusion).search("diffusion picture synthesis -kind:talk year:2022", 10);
            assertThat(papers.hits()).allSatisfy(h -> assertThat(h.kind()).isEqualTo("paper"));
            assertThat(titles(papers.hits())).startsWith(IMAGEN).doesNotContain(DenseCorpus.LSTM);
        }
    }

    @Test
    void aQueryWithoutFreeTextIsBm25Alone() {
        SearchResults r = hybrid(new ReciprocalRankFusion()).search("kind:talk", 10);
        assertThat(r.hits()).extracting(SearchHit::id).isEqualTo(retrieval.bm25("kind:talk", 10, 0).results().hits().stream().map(SearchHit::id).toList());
        assertThat(r.hits()).as("BM25's own scores, not fused ones").extracting(SearchHit::score)
                .isEqualTo(retrieval.bm25("kind:talk", 10, 0).results().hits().stream().map(SearchHit::score).toList());
        SearchResults scored = hybrid(new ScoreFusion()).search("year:2022 kind:paper", 10);
        assertThat(scored.hits()).extracting(SearchHit::score)
                .isEqualTo(retrieval.bm25("year:2022 kind:paper", 10, 0).results().hits().stream().map(SearchHit::score).toList());
        assertThat(r.notes()).isEmpty();
        assertThat(r.total()).isEqualTo(2);
        assertThat(r.totalExact()).isTrue();
    }

    @Test
    void theSameQueryGivesTheSameResults() {
        Hybrid h = hybrid(new ReciprocalRankFusion());
        List<SearchHit> first = h.search("diffusion models", 5).hits();
        for (int i = 0; i < 3; i++) {
            assertThat(h.search("diffusion models", 5).hits()).isEqualTo(first);
        }
    }

    @Test
    void theLimitCutsAfterFusion() {
        SearchResults r = hybrid(new ReciprocalRankFusion()).search("diffusion models", 2);
        assertThat(r.hits()).hasSize(2);
        assertThat(r.total()).isGreaterThanOrEqualTo(2);
    }
}
