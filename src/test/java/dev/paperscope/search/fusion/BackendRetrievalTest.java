package dev.paperscope.search.fusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperscope.catalog.Catalog;
import dev.paperscope.index.IndexVectors;
import dev.paperscope.index.SearchIndex;
import dev.paperscope.index.VectorQuantization;
import dev.paperscope.ingest.RecordKind;
import dev.paperscope.ingest.Source;
import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.search.Bm25Params;
import dev.paperscope.search.Bm25Search;
import dev.paperscope.search.LuceneBackend;
import dev.paperscope.search.Matched;
import dev.paperscope.search.RetrieverUnavailableException;
import dev.paperscope.search.SearchHit;
import dev.paperscope.search.dense.DenseSearch;
import dev.paperscope.testing.HashingEmbedder;
import dev.paperscope.testing.MapVectorSource;
import dev.paperscope.testing.Records;
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
 * Retrieval through the {@link dev.paperscope.search.SearchBackend} interface, by record ids
 * ({@link BackendRetrieval} over {@link LuceneBackend}), gives what the embedded retrievers give on their
 * shared searcher: the same hits with the same scores, totals, facets and notes, for BM25, dense and hybrid
 * (both fusions), filters, a query without free text, one matching nothing, and small depths that make
 * hybrid's BM25 tail and the similarity floor take part. The OpenSearch backend is held to the same figures
 * in {@code OpenSearchIndexClusterTest}.
 */
class BackendRetrievalTest {
    private static final int DEPTH = 4;
    private static final int DENSE_DEPTH = 12;
    private static final String[] TOPICS = {"diffusion models", "language models", "image generation", "reinforcement learning",
            "graph networks", "protein folding"};
    private static final String[] ANGLES = {"scaling", "efficient training", "robust evaluation", "theory", "benchmarks"};
    @TempDir
    Path dir;
    private Catalog catalog;
    private SearchIndex index;
    private HashingEmbedder embedder;

    @BeforeEach
    void setUp() {
        embedder = HashingEmbedder.withTestSynonyms().withFloor(0.3);
        catalog = Catalog.open(dir.resolve("c.db"));
        List<SourceRecord> records = new ArrayList<>();
        int line = 1;
        for (int t = 0; t < TOPICS.length; t++) {
            for (int a = 0; a < ANGLES.length; a++) {
                String text = "We study " + TOPICS[t] + " with a focus on " + ANGLES[a] + " and " + TOPICS[(t + a) % TOPICS.length] + ".";
                Source source = new Source("mixed.txt", line++, "0".repeat(64), "test");
                RecordKind kind = (t + a) % 3 == 0 ? RecordKind.TALK : RecordKind.PAPER;
                records.add(SourceRecord.builder(kind, source).title(TOPICS[t] + ": " + ANGLES[a]).abstractText(text).year(2020 + a)
                        .venue(a % 2 == 0 ? "ICML" : "NeurIPS").build());
            }
        }
        catalog.store(Records.file(records.toArray(SourceRecord[]::new)), "mixed.txt", "s1", null);
        index = SearchIndex.open(dir.resolve("i"), new IndexVectors(new MapVectorSource(embedder), VectorQuantization.NONE));
        index.catchUp(catalog);
    }

    @AfterEach
    void tearDown() {
        index.close();
        catalog.close();
    }

    static Stream<Arguments> cases() {
        List<String> queries = List.of("image generation", "picture synthesis", "language models scaling", "models", "kind:talk models",
                "year:2021..2023 learning", "graph -protein", "venue:ICML", "quantum chromodynamics", "the of and");
        List<Arguments> out = new ArrayList<>();
        for (String q : queries) {
            for (int limit : List.of(1, 3, 10, 50)) {
                out.add(Arguments.of(q, limit));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} (limit {1})")
    @MethodSource("cases")
    void everyRetrieverGivesTheEmbeddedFigures(String query, int limit) {
        Bm25Search bm25 = new Bm25Search(index, Bm25Params.DEFAULT);
        DenseSearch dense = new DenseSearch(index, List.of(embedder), DENSE_DEPTH);
        BackendRetrieval through = new BackendRetrieval(new LuceneBackend(index, Bm25Params.DEFAULT), List.of(embedder), DEPTH, DENSE_DEPTH);
        same("bm25", bm25.search(query, limit, 5), through.bm25(query, limit, 5));
        same("dense", dense.search(query, limit, 5), through.dense(query, limit, 5));
        for (Fusion fusion : List.of(new ScoreFusion(), new ReciprocalRankFusion())) {
            Matched embedded = new HybridSearch(bm25, dense, fusion, Reranker.IDENTITY, DEPTH).search(query, limit, 5);
            same("hybrid " + fusion, embedded, through.hybrid(query, limit, fusion, 5));
        }
    }

    @Test
    void theCasesReachEveryBranch() {
        BackendRetrieval through = new BackendRetrieval(new LuceneBackend(index, Bm25Params.DEFAULT), List.of(embedder), DEPTH, DENSE_DEPTH);
        // dense-only candidates join BM25's matches: hybrid counts more than BM25
        assertThat(through.hybrid("picture synthesis", 10, new ScoreFusion(), 0).results().total())
                .isGreaterThan(through.bm25("picture synthesis", 10, 0).results().total());
        assertThat(through.hybrid("quantum chromodynamics", 10, new ScoreFusion(), 0).results().total()).isZero();
        assertThat(through.dense("kind:talk", 10, 0).results().notes()).anyMatch(n -> n.contains("has none"));
    }

    @Test
    void denseNeedsAModelAndItsVectors() {
        BackendRetrieval bare = new BackendRetrieval(new LuceneBackend(index, Bm25Params.DEFAULT), List.of());
        assertThatThrownBy(() -> bare.dense("models", 5, 0)).isInstanceOf(RetrieverUnavailableException.class);
        BackendRetrieval other = new BackendRetrieval(new LuceneBackend(index, Bm25Params.DEFAULT),
                List.of(new HashingEmbedder("other-model", 16, java.util.Map.of())));
        assertThatThrownBy(() -> other.hybrid("models", 5, new ScoreFusion(), 0)).isInstanceOf(RetrieverUnavailableException.class)
                .hasMessageContaining("other-model");
    }

    private static void same(String what, Matched embedded, Matched through) {
        String as = what + " of " + embedded.results().query();
        assertThat(through.results().total()).as(as + ": total").isEqualTo(embedded.results().total());
        assertThat(ids(through)).as(as + ": hits").isEqualTo(ids(embedded));
        for (int i = 0; i < embedded.results().hits().size(); i++) {
            SearchHit e = embedded.results().hits().get(i);
            SearchHit t = through.results().hits().get(i);
            assertThat(t.score()).as(as + ": score of " + e.id()).isEqualTo(e.score());
            assertThat(t).as(as + ": hit " + e.id()).isEqualTo(e);
        }
        assertThat(through.facets()).as(as + ": facets").isEqualTo(embedded.facets());
        assertThat(through.results().notes()).as(as + ": notes").isEqualTo(embedded.results().notes());
    }

    private static List<String> ids(Matched m) {
        return m.results().hits().stream().map(SearchHit::id).toList();
    }
}
