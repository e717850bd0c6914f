package dev.paperscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperscope.eval.KeywordLists;
import dev.paperscope.eval.KeywordPaper;
import dev.paperscope.eval.RecommendEvaluation;
import dev.paperscope.eval.RegressionEntry.Expected;
import dev.paperscope.search.dense.EmbeddingProgress;
import dev.paperscope.testing.DevData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression data for recommendations (issue 16): precision@10 on ICLR 2020's author keywords through the
 * product ({@link ProductRecommender}: ingest, index, {@code Paperscope.recommendations()}), for the method
 * the product uses without vectors, on the development and the test keywords, each within its tolerance
 * ({@code eval/recommend-regressions.json}). No model is loaded. Skipped, saying why, without ../shared.
 */
class RecommendQualityTest {
    private static final String DATASET = "conferences/iclr2020_miniconf.jsonl";
    @TempDir
    Path dir;

    record Regressions(String dataset, Map<String, Map<String, Expected>> methods) {
    }

    static Regressions expected() throws IOException {
        try (InputStream in = RecommendQualityTest.class.getResourceAsStream("/eval/recommend-regressions.json")) {
            return new ObjectMapper().readValue(in, new TypeReference<Regressions>() { });
        }
    }

    @Test
    void precisionOnTheKeywordsOfIclr2020StaysWhereItWasMeasured() throws IOException {
        Path file = DevData.conference("iclr2020_miniconf.jsonl");
        Regressions expected = expected();
        assertThat(expected.dataset()).isEqualTo(DATASET);
        List<KeywordPaper> papers = KeywordLists.read(file);
        List<String> methods = List.copyOf(expected.methods().keySet());
        RecommendEvaluation.Report report;
        try (ProductRecommender library = ProductRecommender.build(papers.stream().map(KeywordPaper::doc).toList(), EmbeddingProgress.NONE,
                dir.resolve("cache"), Optional.empty())) {
            report = RecommendEvaluation.run(papers, library, methods, m -> { });
        }
        assertThat(report.keywords()).isEqualTo(45);
        for (RecommendEvaluation.Row row : report.rows()) {
            Map<String, Expected> metrics = expected.methods().get(row.method());
            if (metrics == null) {
                continue; // the baselines (random, related) are not regression data
            }
            Map<String, Double> measured = Map.of("dev_first", row.devFirst(), "dev_seeded", row.devSeeded(),
                    "test_first", row.testFirst(), "test_seeded", row.testSeeded());
            metrics.forEach((metric, want) -> assertThat(want.admits(measured.get(metric)))
                    .as("%s %s: measured %.4f, expected %.4f ± %.4f", row.method(), metric, measured.get(metric), want.value(), want.tolerance())
                    .isTrue());
        }
    }
}
