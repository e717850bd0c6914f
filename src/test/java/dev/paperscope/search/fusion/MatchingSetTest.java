package dev.paperscope.search.fusion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.index.IndexSchema;
import dev.paperscope.search.FacetCount;
import dev.paperscope.search.Facets;
import dev.paperscope.search.Matched;
import dev.paperscope.search.SearchHit;
import dev.paperscope.testing.HashingEmbedder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 13, item 9: for every retriever and every page size, the total, the facet counts and the hits
 * describe one matching set, and a query that matches nothing has none of them. Small depths make
 * hybrid's BM25 tail and dense search's depth cut take part.
 */
class MatchingSetTest {
    private static final double FLOOR = 0.3;
    private static final List<Integer> LIMITS = List.of(1, 2, 3, 5, 8, 13, 40, 200);
    @TempDir
    Path dir;
    private MixedCorpus corpus;
    private HashingEmbedder embedder;

    @BeforeEach
    void setUp() {
        embedder = HashingEmbedder.withTestSynonyms().withFloor(FLOOR);
        corpus = new MixedCorpus(dir, embedder);
    }

    @AfterEach
    void tearDown() {
        corpus.close();
    }

    /** A retriever as a function of (query, limit) to its page and facets. */
    private interface Retriever {
        Matched search(String query, int limit);
    }

    private BackendRetrieval defaults(HashingEmbedder with) {
        return corpus.retrieval(with, BackendRetrieval.DEFAULT_DEPTH, BackendRetrieval.DEFAULT_DENSE_DEPTH);
    }

    private Retriever retriever(String name) {
        return switch (name) {
            case "bm25" -> (q, limit) -> defaults(embedder).bm25(q, limit, 20);
            case "dense" -> (q, limit) -> defaults(embedder).dense(q, limit, 20);
            case "dense-depth-4" -> (q, limit) -> corpus.retrieval(embedder, BackendRetrieval.DEFAULT_DEPTH, 4).dense(q, limit, 20);
            case "hybrid-score-depth-3" -> (q, limit) -> corpus.retrieval(embedder, 3, BackendRetrieval.DEFAULT_DENSE_DEPTH)
                    .hybrid(q, limit, new ScoreFusion(), 20);
            case "hybrid-rrf-depth-3" -> (q, limit) -> corpus.retrieval(embedder, 3, BackendRetrieval.DEFAULT_DENSE_DEPTH)
                    .hybrid(q, limit, new ReciprocalRankFusion(), 20);
            case "hybrid-default" -> (q, limit) -> defaults(embedder).hybrid(q, limit, new ScoreFusion(), 20);
            default -> throw new IllegalArgumentException(name);
        };
    }

    static Stream<Arguments> cases() {
        List<String> retrievers = List.of("bm25", "dense", "dense-depth-4", "hybrid-score-depth-3", "hybrid-rrf-depth-3", "hybrid-default");
        List<String> queries = List.of("diffusion models", "models", "efficient training theory", "picture synthesis",
                "language models kind:talk", "graph -protein", "year:2021 learning");
        List<Arguments> out = new ArrayList<>();
        retrievers.forEach(r -> queries.forEach(q -> out.add(Arguments.of(r, q))));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void totalFacetsAndHitsDescribeOneSetWhateverTheLimit(String name, String query) {
        Retriever retriever = retriever(name);
        Matched all = retriever.search(query, LIMITS.getLast());
        long total = all.results().total();
        List<String> everything = ids(all.results().hits());
        assertThat(total).as("the corpus is smaller than the largest page").isLessThan(LIMITS.getLast());
        assertThat(all.results().totalExact()).isTrue();
        assertThat(everything).as("every match is retrievable, once").doesNotHaveDuplicates().hasSize((int) total);
        assertThat(sum(all.facets(), IndexSchema.KIND)).as("every record has one kind").isEqualTo(total);
        assertThat(sum(all.facets(), IndexSchema.YEAR)).as("every record has one year").isEqualTo(total);
        for (int limit : LIMITS) {
            Matched page = retriever.search(query, limit);
            assertThat(page.results().total()).as("total at limit " + limit).isEqualTo(total);
            assertThat(ids(page.results().hits())).as("hits at limit " + limit)
                    .containsExactlyElementsOf(everything.subList(0, (int) Math.min(limit, total)));
            assertThat(page.facets()).as("facets at limit " + limit).isEqualTo(all.facets());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("retrieverNames")
    void aNonsenseQueryMatchesNothing(String name) {
        for (int limit : LIMITS) {
            Matched none = retriever(name).search("qzxv blorptang vurmik", limit);
            assertThat(none.results().total()).as("at limit " + limit).isZero();
            assertThat(none.results().hits()).isEmpty();
            assertThat(sum(none.facets(), IndexSchema.KIND)).isZero();
        }
    }

    static Stream<String> retrieverNames() {
        return Stream.of("bm25", "dense", "dense-depth-4", "hybrid-score-depth-3", "hybrid-rrf-depth-3", "hybrid-default");
    }

    @Test
    void theFloorDecidesWhatDenseSearchMatches() {
        Matched floored = defaults(embedder).dense("qzxv blorptang vurmik", 10, 20);
        assertThat(floored.results().notes()).anyMatch(n -> n.contains("similarity floor"));
        Matched unfloored = defaults(HashingEmbedder.withTestSynonyms()).dense("qzxv blorptang vurmik", 10, 20);
        assertThat(unfloored.results().total()).as("without a floor every passage is somebody's neighbour").isEqualTo(MixedCorpus.RECORDS);
    }

    @Test
    void hybridMatchesAreBm25MatchesAndDenseCandidatesAboveTheFloor() {
        Matched lexical = defaults(embedder).bm25("picture synthesis", 200, 20);
        assertThat(lexical.results().total()).as("no record says picture or synthesis").isZero();
        Matched dense = corpus.retrieval(embedder, BackendRetrieval.DEFAULT_DEPTH, 3).dense("picture synthesis", 200, 20);
        Matched hybrid = retriever("hybrid-score-depth-3").search("picture synthesis", 200);
        assertThat(dense.results().total()).isPositive().isLessThanOrEqualTo(3);
        assertThat(ids(hybrid.results().hits())).containsExactlyInAnyOrderElementsOf(ids(dense.results().hits()));
    }

    private static List<String> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::id).toList();
    }

    private static long sum(Facets facets, String field) {
        return facets.fields().getOrDefault(field, List.of()).stream().mapToLong(FacetCount::count).sum();
    }
}
