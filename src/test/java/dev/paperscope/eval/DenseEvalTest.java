package dev.paperscope.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperscope.search.Ranked;
import dev.paperscope.search.dense.EmbeddingModels;
import dev.paperscope.search.dense.ModelScores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dense and hybrid evaluation with the real (quantised BGE) model on a four-document corpus. */
class DenseEvalTest {
    @TempDir
    Path dir;

    /** Evaluates on the four-document fixture, corpus vectors cached in this test's folder. */
    private EvalReport evaluate(String retriever, RetrieverOptions options) throws Exception {
        Path beir = BeirFixture.write(dir.resolve("tiny"));
        return Evaluation.retrieve(new Evaluation.Request(beir, "test", null), retriever, options.withVectorCache(dir.resolve("cache/eval-vectors")),
                100);
    }

    @Test
    void denseFindsTheParaphraseAndCachesTheCorpusVectors() throws Exception {
        EvalReport report = evaluate("dense", RetrieverOptions.DEFAULT);
        assertThat(report.model()).isEqualTo("bge-small-en-v1.5-q");
        // "zebra" → the document titled "Zebras"; "running horses" → "horses run slowly" first.
        assertThat(report.run().get("q2").getFirst().docId()).isEqualTo("d1");
        assertThat(report.run().get("q1").getFirst().docId()).isEqualTo("d2");
        try (Stream<Path> files = Files.list(dir.resolve("cache/eval-vectors"))) {
            Path cached = files.findFirst().orElseThrow();
            assertThat(Files.size(cached)).isEqualTo(4L * 384 * Float.BYTES);
        }
        // A second run reads the cache and retrieves the same.
        assertThat(evaluate("dense", RetrieverOptions.DEFAULT).run()).isEqualTo(report.run());
    }

    @Test
    void hybridFusesBothSidesWithEitherFusion() throws Exception {
        RetrieverOptions rrfOptions = new RetrieverOptions(RetrieverOptions.DEFAULT.bm25(), RetrieverOptions.DEFAULT.models(), "rrf", 0.5);
        EvalReport rrf = evaluate("hybrid", rrfOptions);
        assertThat(rrf.retriever()).isEqualTo("hybrid-rrf");
        assertThat(rrf.run().get("q2").getFirst().docId()).isEqualTo("d1");
        RetrieverOptions score = new RetrieverOptions(RetrieverOptions.DEFAULT.bm25(), RetrieverOptions.DEFAULT.models(), "score", 0.5);
        EvalReport fused = evaluate("hybrid", score);
        assertThat(fused.retriever()).isEqualTo("hybrid-score");
        assertThat(fused.run().get("q1").getFirst().docId()).isEqualTo("d2");
        assertThat(fused.scores().ndcg10()).isGreaterThan(0.5);
    }

    /** Issue 13, item 9: evaluation keeps only the dense candidates that reach the model's floor, as search does. */
    @Test
    void denseRunsKeepOnlyCandidatesAboveTheModelsFloor() throws Exception {
        EvalReport floored = evaluate("dense", RetrieverOptions.DEFAULT);
        EvalReport all = evaluate("dense", RetrieverOptions.DEFAULT.withoutSimilarityFloor());
        double floor = EmbeddingModels.similarityFloor(RetrieverOptions.DEFAULT.model()).cosine();
        for (String q : all.run().keySet()) {
            List<ScoredDoc> kept = all.run().get(q).stream().filter(d -> d.score() >= floor).toList();
            assertThat(floored.run().get(q)).as(q).isEqualTo(kept);
        }
        assertThat(all.run().values().stream().mapToInt(List::size).sum())
                .as("some document of the fixture lies below the floor").isGreaterThan(floored.run().values().stream().mapToInt(List::size).sum());
    }

    @Test
    void twoModelsMakeOneDenseRankingWithEqualWeights() throws Exception {
        // Without the similarity floor, so that every document is a candidate of both models (the floor: below).
        RetrieverOptions both = new RetrieverOptions(RetrieverOptions.DEFAULT.bm25(), List.of("bge-small-en-v1.5-q", "all-minilm-l6-v2-q"), "score", 0.5)
                .withoutSimilarityFloor();
        EvalReport ensemble = evaluate("dense", both);
        assertThat(ensemble.model()).isEqualTo("bge-small-en-v1.5-q+all-minilm-l6-v2-q");
        EvalReport bge = evaluate("dense", RetrieverOptions.DEFAULT.withoutSimilarityFloor());
        EvalReport minilm = evaluate("dense", RetrieverOptions.DEFAULT.withModel("all-minilm-l6-v2-q").withoutSimilarityFloor());
        for (String q : List.of("q1", "q2")) {
            // Four documents, all within each model's top k: the ensemble scales each model's scores over them and averages.
            List<String> ids = bge.run().get(q).stream().map(ScoredDoc::docId).toList();
            List<Ranked> expected = ModelScores.combine(ids,
                    List.of(byId(bge.run().get(q)), byId(minilm.run().get(q))));
            assertThat(ensemble.run().get(q)).as(q).hasSize(4);
            assertThat(ensemble.run().get(q).stream().map(ScoredDoc::docId).toList()).as(q)
                    .isEqualTo(expected.stream().map(Ranked::id).toList());
            for (int i = 0; i < 4; i++) {
                assertThat(ensemble.run().get(q).get(i).score()).isCloseTo(expected.get(i).score(), Assertions.within(1e-6));
            }
        }
        assertThat(evaluate("hybrid", both).model()).isEqualTo("bge-small-en-v1.5-q+all-minilm-l6-v2-q");
    }

    private static Map<String, Float> byId(List<ScoredDoc> docs) {
        Map<String, Float> m = new HashMap<>();
        docs.forEach(d -> m.put(d.docId(), (float) d.score()));
        return m;
    }

    @Test
    void moreThanTwoModelsOrTheSameTwiceAreRefused() {
        assertThatThrownBy(() -> new RetrieverOptions(RetrieverOptions.DEFAULT.bm25(), List.of("bge-small-en-v1.5-q", "bge-small-en-v1.5-q"), "score", 0.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrieverOptions(RetrieverOptions.DEFAULT.bm25(),
                List.of("bge-small-en-v1.5-q", "all-minilm-l6-v2-q", "e5-small-v2-q"), "score", 0.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
