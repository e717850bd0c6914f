package dev.paperscope.search.fusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperscope.index.VectorSpace;
import dev.paperscope.search.FacetCount;
import dev.paperscope.search.Facets;
import dev.paperscope.search.Matched;
import dev.paperscope.search.Ranked;
import dev.paperscope.search.Ranking;
import dev.paperscope.search.RecordRef;
import dev.paperscope.search.RetrieverUnavailableException;
import dev.paperscope.search.SearchBackend;
import dev.paperscope.search.SearchHit;
import dev.paperscope.search.dense.Embedder;
import dev.paperscope.search.dense.SimilarityFloor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link BackendRetrieval}, the one search path, over a backend made of tables that records every call: which
 * candidates each signal scores, the fused order worked out by hand for each fusion, BM25's other matches
 * after the candidates, the total and facets of one matching set, the similarity floor, a query without free
 * text answered by BM25 alone with no model run, the page the only hits read, every read of a search in one
 * {@link SearchBackend#reading}, and BM25 finished before the reads end when the model fails.
 */
class BackendRetrievalTest {
    /** BM25 matches of "q": a > b > c > d. Dense scores ((1 + cos) / 2): e .9, a .8, b .6, c .55, d .5, f .3. */
    private static final Map<String, Map<String, Float>> BM25 = Map.of(
            "q", Map.of("a", 4f, "b", 3f, "c", 2f, "d", 1f),
            "kind:talk", Map.of("y", 1f, "x", 1f),
            "zz", Map.of());
    private static final Map<String, Float> DENSE = Map.of("e", 0.9f, "a", 0.8f, "b", 0.6f, "c", 0.55f, "d", 0.5f, "f", 0.3f);
    /** A cosine of 0 is a score of 0.5: e to d reach it, f does not. */
    private static final SimilarityFloor FLOOR = new SimilarityFloor(0.0);
    private static final int DEPTH = 2;

    static Stream<Arguments> fusions() {
        // depth 2: BM25's head a, b; the graph's 2 nearest e, a; e is the one dense-only candidate.
        // score fusion 0.5: BM25 scaled over {a 4, b 3, e 0} -> 1, .75, 0; dense over {e .9, a .8, b .6} -> 1, .667, 0
        //   a .833, e .5, b .375; RRF: a 1/61+1/62, b 1/62+1/63, e 1/61; dense weight 1: e 1, a .667, b 0.
        return Stream.of(
                Arguments.of(new ScoreFusion(), List.of("a", "e", "b", "c", "d")),
                Arguments.of(new ReciprocalRankFusion(), List.of("a", "b", "e", "c", "d")),
                Arguments.of(new ScoreFusion(1.0), List.of("e", "a", "b", "c", "d")),
                Arguments.of(new ScoreFusion(0.0), List.of("a", "b", "e", "c", "d")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fusions")
    void hybridFusesTheCandidatesThenBm25sOtherMatchesFollow(Fusion fusion, List<String> expected) {
        Tables backend = new Tables();
        BackendRetrieval retrieval = new BackendRetrieval(backend, List.of(new TableEmbedder()), DEPTH, 10);
        for (int limit = 1; limit <= expected.size(); limit++) {
            Matched page = retrieval.hybrid("q", limit, fusion, 5);
            assertThat(ids(page)).as("page of " + limit).isEqualTo(expected.subList(0, limit));
            assertThat(page.results().total()).as("BM25's four matches and the dense-only e").isEqualTo(5);
            assertThat(facetIds(page.facets())).containsExactly("a", "b", "c", "d", "e");
        }
    }

    @Test
    void hybridScoresEveryCandidateByEverySignalAndReadsThePageOnly() {
        Tables backend = new Tables();
        Explained e = new BackendRetrieval(backend, List.of(new TableEmbedder()), DEPTH, 10).hybridExplained("q", 2, new ScoreFusion(), 5);
        assertThat(backend.calls.subList(0, 3)).as("BM25 beside the embedding and the graph search")
                .containsExactlyInAnyOrder("reading", "bm25 q k=6", "knn 0 k=2").startsWith("reading");
        assertThat(backend.calls.subList(3, backend.calls.size()))
                .containsExactly("knnScores 0 [e, a, b]", "bm25Scores [e]", "hits [a, e]", "facets q + [e]", "end");
        FusedHit a = e.fused().getFirst();
        assertThat(a.fused().bm25()).isEqualTo(new Contribution(1, 4f));
        assertThat(a.fused().dense()).isEqualTo(new Contribution(2, 0.8f));
        assertThat(e.fused().get(1).fused().bm25()).as("e has none of the words").isNull();
        assertThat(a.hit().score()).isEqualTo((float) a.fused().score());
    }

    @Test
    void aDenseCandidateBm25AlsoMatchesIsScoredByBm25() {
        // depth 1: BM25's head is a; the graph's nearest is e, then a; with depth 1 only e. b..d are BM25's tail.
        Tables backend = new Tables();
        backend.dense = Map.of("c", 0.95f, "a", 0.8f, "b", 0.6f, "d", 0.5f);
        Explained e = new BackendRetrieval(backend, List.of(new TableEmbedder()), 1, 10).hybridExplained("q", 4, new ScoreFusion(), 0);
        assertThat(backend.calls).contains("bm25Scores [c]").doesNotContain("facets q + []");
        FusedHit c = e.fused().stream().filter(h -> h.id().equals("c")).findFirst().orElseThrow();
        assertThat(c.fused().bm25()).as("c's BM25 score though it is third in BM25's ranking").isEqualTo(new Contribution(2, 2f));
        assertThat(e.results().total()).as("c is a BM25 match: not counted twice").isEqualTo(4);
    }

    @Test
    void denseMatchesAreTheNeighboursAboveTheFloorRankedByTheModels() {
        Tables backend = new Tables();
        Matched dense = new BackendRetrieval(backend, List.of(new TableEmbedder()), DEPTH, 10).dense("q", 2, 5);
        assertThat(ids(dense)).containsExactly("e", "a");
        assertThat(dense.results().total()).as("e a b c d reach the floor, f does not").isEqualTo(5);
        assertThat(facetIds(dense.facets())).containsExactly("a", "b", "c", "d", "e");
        assertThat(backend.calls).containsExactly("reading", "knn 0 k=10", "knnScores 0 [e, a, b, c, d, f]", "hits [e, a]",
                "facets null + [a, b, c, d, e]", "end");
    }

    @Test
    void nothingAboveTheFloorMatchesNothingAndSaysWhy() {
        Tables backend = new Tables();
        backend.dense = Map.of("f", 0.3f);
        Matched hybrid = new BackendRetrieval(backend, List.of(new TableEmbedder()), DEPTH, 10).hybrid("zz", 10, new ScoreFusion(), 5);
        assertThat(hybrid.results().total()).isZero();
        assertThat(hybrid.results().notes()).anyMatch(n -> n.contains("similarity floor"));
        assertThat(facetIds(hybrid.facets())).isEmpty();
    }

    @Test
    void aQueryWithoutFreeTextIsBm25AloneAndRunsNoModel() {
        Tables backend = new Tables();
        TableEmbedder model = new TableEmbedder();
        Matched hybrid = new BackendRetrieval(backend, List.of(model), DEPTH, 10).hybrid("kind:talk", 10, new ReciprocalRankFusion(), 0);
        assertThat(ids(hybrid)).as("ties by id").containsExactly("x", "y");
        assertThat(hybrid.results().hits()).extracting(SearchHit::score).as("BM25's own scores").containsExactly(1f, 1f);
        assertThat(model.embedded).isZero();
        assertThat(backend.calls).noneMatch(c -> c.startsWith("knn"));
        Matched dense = new BackendRetrieval(backend, List.of(model), DEPTH, 10).dense("kind:talk", 10, 0);
        assertThat(dense.results().total()).isZero();
        assertThat(dense.results().notes()).anyMatch(n -> n.contains("free text"));
    }

    @Test
    void bm25IsItsRankingItsHitsAndItsFacetsInOneReading() {
        Tables backend = new Tables();
        Matched bm25 = new BackendRetrieval(backend, List.of()).bm25("q", 2, 3);
        assertThat(ids(bm25)).containsExactly("a", "b");
        assertThat(bm25.results().total()).isEqualTo(4);
        assertThat(backend.calls).containsExactly("reading", "bm25 q k=2", "hits [a, b]", "facets q + []", "end");
    }

    @Test
    void aFailingModelFailsTheSearchAfterBm25HasFinishedItsReads() {
        Tables backend = new Tables();
        backend.bm25Millis = 100;
        TableEmbedder broken = new TableEmbedder();
        broken.fails = true;
        BackendRetrieval retrieval = new BackendRetrieval(backend, List.of(broken), DEPTH, 10);
        assertThatThrownBy(() -> retrieval.hybrid("q", 5, new ScoreFusion(), 0)).hasMessage("model failed");
        assertThat(backend.calls).containsExactly("reading", "bm25 q k=9", "end");
    }

    @Test
    void denseNeedsAModelAndTheIndexsVectors() {
        assertThatThrownBy(() -> new BackendRetrieval(new Tables(), List.of()).dense("q", 5, 0))
                .isInstanceOf(RetrieverUnavailableException.class).hasMessageContaining("embedding model");
        TableEmbedder other = new TableEmbedder();
        other.id = "other-model";
        assertThatThrownBy(() -> new BackendRetrieval(new Tables(), List.of(other)).hybrid("q", 5, new ScoreFusion(), 0))
                .isInstanceOf(RetrieverUnavailableException.class).hasMessageContaining("other-model (1 dimensions)")
                .hasMessageContaining("table-model (1 dimensions)");
    }

    private static List<String> ids(Matched m) {
        return m.results().hits().stream().map(SearchHit::id).toList();
    }

    private static List<String> facetIds(Facets f) {
        return f.fields().getOrDefault("id", List.of()).stream().map(FacetCount::value).toList();
    }

    /** One model of one dimension: the tables hold its scores, so its vectors say nothing. */
    private static final class TableEmbedder implements Embedder {
        String id = "table-model";
        boolean fails;
        int embedded;

        @Override
        public String modelId() {
            return id;
        }

        @Override
        public int dimension() {
            return 1;
        }

        @Override
        public SimilarityFloor similarityFloor() {
            return FLOOR;
        }

        @Override
        public List<float[]> embedPassages(List<String> texts) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<float[]> embedQueries(List<String> texts) {
            if (fails) {
                throw new IllegalStateException("model failed");
            }
            embedded++;
            return texts.stream().map(t -> new float[] {1f}).toList();
        }

        @Override
        public void close() {
        }
    }

    /** A backend of score tables; each call is logged with its arguments (ids in the order given). */
    private static final class Tables implements SearchBackend {
        final List<String> calls = Collections.synchronizedList(new ArrayList<>());
        Map<String, Float> dense = DENSE;
        long bm25Millis;

        @Override
        public <T> T reading(Function<SearchBackend, T> search) {
            calls.add("reading");
            try {
                return search.apply(this);
            } finally {
                calls.add("end");
            }
        }

        private static List<Ranked> ranked(Map<String, Float> scores) {
            return scores.entrySet().stream().map(e -> new Ranked(e.getKey(), e.getValue()))
                    .sorted(Comparator.comparingDouble((Ranked r) -> -r.score()).thenComparing(Ranked::id)).toList();
        }

        @Override
        public Ranking bm25(String query, int k) {
            try {
                Thread.sleep(bm25Millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            List<Ranked> all = ranked(BM25.get(query));
            calls.add("bm25 " + query + " k=" + k);
            return new Ranking(all.subList(0, Math.min(k, all.size())), all.size(), true, List.of());
        }

        @Override
        public Map<String, Float> bm25Scores(String query, Collection<String> ids) {
            calls.add("bm25Scores " + ids);
            Map<String, Float> out = new java.util.LinkedHashMap<>();
            ids.stream().filter(BM25.get(query)::containsKey).forEach(id -> out.put(id, BM25.get(query).get(id)));
            return out;
        }

        @Override
        public Ranking knn(int model, float[] vector, int k, String query) {
            calls.add("knn " + model + " k=" + k);
            List<Ranked> all = ranked(dense);
            return new Ranking(all.subList(0, Math.min(k, all.size())), Math.min(k, all.size()), true, List.of());
        }

        @Override
        public Map<String, Float> knnScores(int model, float[] vector, Collection<String> ids) {
            calls.add("knnScores " + model + " " + ids);
            Map<String, Float> out = new java.util.LinkedHashMap<>();
            ids.stream().filter(dense::containsKey).forEach(id -> out.put(id, dense.get(id)));
            return out;
        }

        /** One facet field, {@code id}: every record of the matching set once. */
        @Override
        public Facets facets(String query, Collection<String> extraIds, int topPerField) {
            calls.add("facets " + query + " + " + new TreeSet<>(extraIds));
            TreeSet<String> set = new TreeSet<>(extraIds);
            if (query != null) {
                set.addAll(BM25.get(query).keySet());
            }
            return new Facets(Map.of("id", set.stream().map(id -> new FacetCount(id, 1)).toList()), Map.of("id", set.size()));
        }

        @Override
        public List<SearchHit> hits(String query, List<Ranked> page) {
            calls.add("hits " + page.stream().map(Ranked::id).toList());
            return page.stream().map(r -> new SearchHit(r.id(), r.score(), r.id(), "paper", List.of(), null, null, null, null,
                    List.of(new RecordRef(r.id(), "t.txt", 1)), null)).toList();
        }

        @Override
        public List<VectorSpace> vectorSpaces() {
            return List.of(new VectorSpace("table-model", 1));
        }

        @Override
        public long generation() {
            return 0;
        }

        @Override
        public void close() {
        }
    }
}
