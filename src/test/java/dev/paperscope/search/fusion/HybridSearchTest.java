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
import dev.paperscope.search.SearchHit;
import dev.paperscope.search.SearchResults;
import dev.paperscope.search.dense.DenseSearch;
import dev.paperscope.testing.DenseCorpus;
import dev.paperscope.testing.HashingEmbedder;
import dev.paperscope.testing.MapVectorSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HybridSearchTest {
    @TempDir
    Path dir;
    private Catalog catalog;
    private SearchIndex index;
    private Bm25Search bm25;
    private DenseSearch dense;

    @BeforeEach
    void setUp() {
        HashingEmbedder embedder = HashingEmbedder.withTestSynonyms();
        catalog = Catalog.open(dir.resolve("c.db"));
        DenseCorpus.fill(catalog);
        index = SearchIndex.open(dir.resolve("i"), new IndexVectors(new MapVectorSource(embedder), VectorQuantization.NONE));
        index.catchUp(catalog);
        bm25 = new Bm25Search(index, Bm25Params.DEFAULT);
        dense = new DenseSearch(index, embedder);
    }

    @AfterEach
    void tearDown() {
        index.close();
        catalog.close();
    }

    private HybridSearch hybrid(Fusion fusion) {
        return new HybridSearch(bm25, dense, fusion);
    }

    @Test
    void fusesWordMatchesWithMeaningMatches() {
        // BM25 knows "prompting"; only the embedder knows that a picture is an image.
        HybridSearch.Explained r = hybrid(new ReciprocalRankFusion()).searchExplained("prompting picture synthesis", 3);
        assertThat(titles(r.results().hits())).contains(COT).containsAnyOf(IMAGEN, IMAGE_TALK);
        FusedHit cot = r.fused().stream().filter(h -> h.hit().title().equals(COT)).findFirst().orElseThrow();
        assertThat(cot.fused().bm25()).isEqualTo(new Contribution(1, cot.fused().bm25().score()));
        assertThat(cot.hit().snippet()).as("the page is highlighted after fusion").contains("**Prompting**");
        assertThat(r.results().hits()).extracting(SearchHit::id).isEqualTo(r.fused().stream().map(FusedHit::id).toList());
    }

    @Test
    void eachSideScoresTheOthersCandidatesBeyondItsOwnTopK() {
        // Depth 1: BM25's top hit for "diffusion" and the dense top hit are each scored by the other side too.
        HybridSearch shallow = new HybridSearch(bm25, dense, new ScoreFusion(), Reranker.IDENTITY, 1);
        HybridSearch.Explained r = shallow.searchExplained("diffusion", 1);
        java.util.Set<String> candidates = new java.util.HashSet<>();
        candidates.add(bm25.ranking("diffusion", 1).ranked().getFirst().id());
        candidates.add(dense.ranking("diffusion", 1).ranked().getFirst().id());
        java.util.Map<String, Float> bm25Scores = bm25.scoresOf("diffusion", candidates);
        assertThat(bm25Scores).as("both records say diffusion").hasSize(candidates.size());
        FusedHit top = r.fused().getFirst();
        assertThat(top.fused().bm25()).as("a BM25 score, even for a dense-only candidate").isNotNull();
        assertThat(top.fused().dense()).as("a dense score, even for a BM25-only candidate").isNotNull();
        assertThat(top.fused().bm25().score()).isEqualTo(bm25Scores.get(top.id()));
        List<String> everyRecord = dense.ranking("picture synthesis", 10).ranked().stream().map(dev.paperscope.search.Ranked::id).toList();
        java.util.Map<String, Float> matching = new java.util.HashMap<>();
        bm25.ranking("diffusion", 10).ranked().forEach(x -> matching.put(x.id(), x.score()));
        assertThat(everyRecord).hasSize(5);
        assertThat(bm25.scoresOf("diffusion", everyRecord)).as("the matching records with their ranking scores, no others")
                .isEqualTo(matching).hasSizeLessThan(5);
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
        assertThat(r.hits()).extracting(SearchHit::id).isEqualTo(bm25.search("kind:talk", 10).hits().stream().map(SearchHit::id).toList());
        assertThat(r.notes()).isEmpty();
        assertThat(r.total()).isEqualTo(2);
        assertThat(r.totalExact()).isTrue();
    }

    @Test
    void theSameQueryGivesTheSameResults() {
        HybridSearch h = hybrid(new ReciprocalRankFusion());
        List<SearchHit> first = h.search("diffusion models", 5).hits();
        for (int i = 0; i < 3; i++) {
            assertThat(h.search("diffusion models", 5).hits()).isEqualTo(first);
        }
    }

    @Test
    void theRerankerReordersThePageAndMayNotDropHits() {
        Reranker reverse = (query, hits) -> hits.reversed();
        List<SearchHit> fused = hybrid(new ReciprocalRankFusion()).search("diffusion models", 3).hits();
        List<SearchHit> reranked = new HybridSearch(bm25, dense, new ReciprocalRankFusion(), reverse, 100).search("diffusion models", 3).hits();
        assertThat(reranked).isEqualTo(fused.reversed());

        Reranker dropping = (query, hits) -> hits.subList(1, hits.size());
        HybridSearch broken = new HybridSearch(bm25, dense, new ReciprocalRankFusion(), dropping, 100);
        assertThatThrownBy(() -> broken.search("diffusion models", 3)).hasMessageContaining("dropped");
    }

    @Test
    void theLimitCutsAfterFusion() {
        SearchResults r = hybrid(new ReciprocalRankFusion()).search("diffusion models", 2);
        assertThat(r.hits()).hasSize(2);
        assertThat(r.total()).isGreaterThanOrEqualTo(2);
    }
}
