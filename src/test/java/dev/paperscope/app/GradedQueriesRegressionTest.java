package dev.paperscope.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.paperscope.eval.GradedQueries;
import dev.paperscope.eval.GradedQuery;
import dev.paperscope.search.SearchHit;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The graded query set over the demo's pages, through the work search the CLI and web use (BM25: the
 * data folder is opened without embedding models). The figures are those of docs/BENCHMARKS.md; a
 * change that moves them must say why there. Natural scored 0.8939 or 0.9004 on the same code and data
 * until 2026-12-07: an index commit did not wait for the merges its flush had started, so whether deleted
 * documents (counted in BM25's statistics) were merged away depended on timing. Commits now wait for
 * them (SearchIndex), the figures are the same in every run, and the tolerance is tight again.
 */
class GradedQueriesRegressionTest {
    private static final double TOLERANCE = 0.002;
    private static final Map<String, Double> EXPECTED = Map.of("entity", 0.9589, "keyword", 0.9178, "natural", 0.9004, "fielded", 0.9184);
    private static final double EXPECTED_OVERALL = 0.9263;
    @TempDir
    static Path dir;
    private static Paperscope ps;

    @BeforeAll
    static void demo() throws Exception {
        ps = Paperscope.open(dir.resolve("data"));
        Demo.ingestBundledPages(ps);
    }

    @AfterAll
    static void close() {
        ps.close();
    }

    private static GradedQueries.Report run(boolean understandNames) {
        return GradedQueries.evaluate(GradedQueries.load(), q -> ps.searches().works(understandNames ? q : "words: " + q, 10,
                SearchOptions.DEFAULT.withRetriever(Retriever.BM25)).hits().stream().map(SearchHit::title).toList());
    }

    @Test
    void theGradedQueriesScoreAsMeasured() {
        List<GradedQuery> queries = GradedQueries.load();
        for (String type : GradedQuery.TYPES) {
            assertThat(queries.stream().filter(q -> q.type().equals(type))).as(type).hasSizeGreaterThanOrEqualTo(15);
        }
        GradedQueries.Report report = run(true);
        report.byType().forEach((type, v) -> assertThat(v).as(type).isCloseTo(EXPECTED.get(type), within(TOLERANCE)));
        assertThat(report.overall()).isCloseTo(EXPECTED_OVERALL, within(TOLERANCE));
        assertThat(report.overall()).isGreaterThanOrEqualTo(0.90);
        assertThat(report.byType().values()).allSatisfy(v -> assertThat(v).isGreaterThanOrEqualTo(0.85));
    }

    @Test
    void namesTypedAsWordsAreWhatUnderstandingImproves() {
        GradedQueries.Report words = run(false);
        GradedQueries.Report names = run(true);
        assertThat(words.byType().get("entity")).isLessThan(names.byType().get("entity") - 0.3);
        // Queries without names are searched as before.
        assertThat(names.byType().get("keyword")).isCloseTo(words.byType().get("keyword"), within(1e-9));
        assertThat(score(words, "Hall J")).isZero();
        assertThat(score(names, "Hall J")).isEqualTo(1.0);
    }

    private static double score(GradedQueries.Report report, String query) {
        return report.queries().stream().filter(s -> s.query().query().equals(query)).findFirst().orElseThrow().ndcg10();
    }
}
