package dev.paperscope.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.paperscope.eval.RegressionEntry;
import dev.paperscope.eval.Regressions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sampled SciFact slice (first 50 queries over 1,000 documents) through the product's search with
 * the default models, as {@code paperscope regressions} runs it: each retriever's expected figures, and
 * dense and hybrid above BM25. (Hybrid lies only 0.002 above dense on this slice, within what the
 * quantised vectors move between CPUs, so their order is not asserted.) Corpus vectors come from the evaluation's cache
 * ({@code ~/.cache/paperscope/eval-vectors}), embedded there on the first run (1,000 passages per model).
 */
class ProductRegressionsTest {
    private static final Path DATA_ROOT = Path.of(System.getProperty("paperscope.repo", ".")).resolve("../shared/data");

    @Test
    void sampledSliceThroughTheProductMatchesItsExpectedFigures() {
        List<RegressionEntry> sample = Regressions.load().stream()
                .filter(e -> e.name().startsWith("scifact-first50-sample1000-product-")).toList();
        assertThat(sample).extracting(RegressionEntry::retriever).containsExactly("product-bm25", "product-dense", "product-hybrid");
        assumeThat(DATA_ROOT.resolve(sample.getFirst().path()))
                .as("skipped: needs the development data (BEIR SciFact in ../shared/data beside the clone; a fresh clone does not have it)")
                .isDirectory();
        List<Regressions.Outcome> outcomes = Regressions.run(sample, DATA_ROOT, ProductRetriever.FACTORY, o -> { });
        assertThat(outcomes).allSatisfy(o -> {
            assertThat(o.status()).as(o.line()).isEqualTo(Regressions.Status.PASS);
            assertThat(o.line()).contains("[50 queries, 1000 docs]");
        });
        List<Double> ndcg = outcomes.stream().filter(o -> o.metric().equals("ndcg@10")).map(Regressions.Outcome::measured).toList();
        assertThat(ndcg.get(1)).as("dense beats the product's BM25").isGreaterThan(ndcg.get(0));
        assertThat(ndcg.get(2)).as("hybrid beats the product's BM25").isGreaterThan(ndcg.get(0));
    }
}
