package dev.paperscope.search.fusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperscope.search.BackendWriter;
import dev.paperscope.search.Bm25Params;
import dev.paperscope.search.Facets;
import dev.paperscope.search.LuceneBackend;
import dev.paperscope.search.Ranked;
import dev.paperscope.search.Ranking;
import dev.paperscope.search.SearchHit;
import dev.paperscope.testing.HashingEmbedder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The embedded index's reads inside one search ({@link LuceneBackend#reading}: one searcher, the records met
 * kept by document number, the query's BM25 built once) give what each read gives on its own (a searcher of
 * its own, every record looked up by id), for the candidates of both signals, the page and the facets.
 */
class LuceneBackendReadsTest {
    @TempDir
    Path dir;
    private final HashingEmbedder embedder = HashingEmbedder.withTestSynonyms();
    private MixedCorpus corpus;
    private LuceneBackend backend;

    @BeforeEach
    void setUp() {
        corpus = new MixedCorpus(dir, embedder);
        backend = new LuceneBackend(corpus.index, Bm25Params.DEFAULT);
    }

    @AfterEach
    void tearDown() {
        corpus.close();
    }

    /** What one search reads, in the order a hybrid search reads it. */
    private record Reads(Ranking bm25, Ranking knn, Map<String, Float> bm25Scores, Map<String, Float> knnScores, List<SearchHit> hits,
                         Facets facets, Facets denseFacets) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"image generation", "picture synthesis", "language models scaling", "kind:talk models",
        "year:2021..2023 learning", "graph -protein", "venue:ICML", "quantum chromodynamics"})
    void readsInOneSearchEqualReadsOnTheirOwn(String query) {
        float[] vector = embedder.embedQueries(List.of(query)).getFirst();
        Reads together = backend.reading(r -> reads(r, query, vector));
        Reads alone = reads(backend, query, vector);
        assertThat(together).isEqualTo(alone);
        assertThat(together.knnScores().keySet()).as("every candidate of both signals has a vector")
                .containsExactlyInAnyOrderElementsOf(candidates(together.bm25(), together.knn()));
    }

    @Test
    void aRecordNotInTheIndexIsLeftOutOfScoresAndRefusedOnAPage() {
        float[] vector = embedder.embedQueries(List.of("models")).getFirst();
        assertThat(backend.knnScores(0, vector, List.of("no-such-record"))).isEmpty();
        assertThat(backend.bm25Scores("models", List.of("no-such-record"))).isEmpty();
        assertThatThrownBy(() -> backend.hits("models", List.of(new Ranked("no-such-record", 1f))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such-record");
    }

    @Test
    void theEmbeddedIndexIsWrittenFromTheCatalogOnly() {
        assertThat(backend).as("the embedded index follows the catalog: it has no record writes").isNotInstanceOf(BackendWriter.class);
        boolean snapshotWrites = backend.reading(r -> r instanceof BackendWriter);
        assertThat(snapshotWrites).as("nor has a search's snapshot of it").isFalse();
    }

    private static Reads reads(dev.paperscope.search.SearchBackend r, String query, float[] vector) {
        Ranking bm25 = r.bm25(query, 8);
        Ranking knn = r.knn(0, vector, 6, query);
        List<String> all = candidates(bm25, knn);
        Map<String, Float> bm25Scores = r.bm25Scores(query, all);
        Map<String, Float> knnScores = r.knnScores(0, vector, all);
        List<Ranked> page = all.stream().limit(5).map(id -> new Ranked(id, knnScores.get(id))).toList();
        return new Reads(bm25, knn, bm25Scores, knnScores, r.hits(query, page), r.facets(query, knn.ranked().stream().map(Ranked::id).toList(), 5),
                r.facets(null, all, 5));
    }

    private static List<String> candidates(Ranking bm25, Ranking knn) {
        List<String> all = new ArrayList<>();
        bm25.ranked().forEach(x -> all.add(x.id()));
        knn.ranked().stream().map(Ranked::id).filter(id -> !all.contains(id)).forEach(all::add);
        return all;
    }
}
