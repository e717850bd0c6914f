package dev.paperscope.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dense and hybrid evaluation with the real (quantised BGE) model on a four-document corpus. */
class DenseEvalTest {
    @TempDir
    Path dir;

    @BeforeEach
    void cacheInTempDir() {
        System.setProperty("paperscope.cache.dir", dir.resolve("cache").toString());
    }

    @AfterEach
    void clear() {
        System.clearProperty("paperscope.cache.dir");
    }

    private EvalReport evaluate(String retriever, RetrieverOptions options) throws Exception {
        Path beir = BeirFixture.write(dir.resolve("tiny"));
        return Evaluation.retrieve(new Evaluation.Request(beir, "test", null), retriever, options, 100);
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
        RetrieverOptions rrfOptions = new RetrieverOptions(RetrieverOptions.DEFAULT.bm25(), RetrieverOptions.DEFAULT.model(), "rrf", 0.5);
        EvalReport rrf = evaluate("hybrid", rrfOptions);
        assertThat(rrf.retriever()).isEqualTo("hybrid-rrf");
        assertThat(rrf.run().get("q2").getFirst().docId()).isEqualTo("d1");
        RetrieverOptions score = new RetrieverOptions(RetrieverOptions.DEFAULT.bm25(), RetrieverOptions.DEFAULT.model(), "score", 0.5);
        EvalReport fused = evaluate("hybrid", score);
        assertThat(fused.retriever()).isEqualTo("hybrid-score");
        assertThat(fused.run().get("q1").getFirst().docId()).isEqualTo("d2");
        assertThat(fused.scores().ndcg10()).isGreaterThan(0.5);
    }
}
