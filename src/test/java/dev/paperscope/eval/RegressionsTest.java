package dev.paperscope.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegressionsTest {
    /** The development data ({@code ../shared/data} beside the clone), where tests look for BEIR SciFact. */
    static final Path DATA_ROOT = Path.of(System.getProperty("paperscope.repo", ".")).resolve("../shared/data");
    static final String SLICE = "scifact-first50-bm25-flat";
    private static final String NO_DATA = "skipped: needs the development data (BEIR SciFact in ../shared/data beside the clone; a fresh clone does not have it)";

    @TempDir
    Path dir;

    @Test
    void checkedInEntriesParseAndIncludeTheFullSplitAndTheSlice() {
        List<RegressionEntry> entries = Regressions.load();
        assertThat(entries).extracting(RegressionEntry::name).contains("scifact-bm25-flat", SLICE, "scifact-product-bm25");
        RegressionEntry full = entries.stream().filter(e -> e.name().equals("scifact-bm25-flat")).findFirst().orElseThrow();
        assertThat(full.queryLimit()).isNull();
        assertThat(full.path()).as("relative to the data root").isEqualTo("beir-scifact");
        assertThat(full.metrics().keySet()).containsExactly("ndcg@10", "recall@100", "mrr@10");
        assertThat(full.metrics().get("ndcg@10").value()).isGreaterThanOrEqualTo(0.675); // Anserini's flat BM25: 0.6789
        assertThat(full.metrics().get("ndcg@10").tolerance()).isEqualTo(0.002);
        assertThat(full.models()).as("no models given: search's").isEqualTo(RetrieverOptions.DEFAULT.models());
        assertThat(entries).allSatisfy(e -> assertThat(Retrievers.NAMES).contains(e.retriever()));
    }

    /** The slice of SciFact, through the same code as {@code paperscope regressions}. */
    @Test
    void sciFactSliceMatchesItsExpectedFigure() {
        RegressionEntry slice = Regressions.load().stream().filter(e -> e.name().equals(SLICE)).findFirst().orElseThrow();
        assumeThat(DATA_ROOT.resolve(slice.path())).as(NO_DATA).isDirectory();
        List<Regressions.Outcome> outcomes = Regressions.run(List.of(slice), DATA_ROOT, RetrieverFactory.NONE, o -> { });
        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.status()).as(o.line()).isEqualTo(Regressions.Status.PASS);
            assertThat(o.line()).contains("[50 queries]");
        });
    }

    @Test
    void passFailAndSkipOnASmallDataset() throws IOException {
        BeirFixture.write(dir.resolve("data/tiny"));
        // On the fixture, BM25 ranks perfectly for q1 and q2 and finds nothing for q3 ("the"): nDCG@10 = 2/3.
        RegressionEntry both = new RegressionEntry("both", "tiny", "tiny", "test", "bm25", null, null, null,
                java.util.Map.of("ndcg@10", new RegressionEntry.Expected(0.6667, 0.001)));
        RegressionEntry wrong = new RegressionEntry("wrong", "tiny", "tiny", "test", "bm25", null, null, null,
                new java.util.LinkedHashMap<>(java.util.Map.of("ndcg@10", new RegressionEntry.Expected(0.9, 0.001))));
        RegressionEntry absent = new RegressionEntry("absent", "none", "none", "test", "bm25", null, null, null,
                java.util.Map.of("mrr@10", new RegressionEntry.Expected(0.5, 0.001)));
        List<String> lines = new ArrayList<>();
        List<Regressions.Outcome> outcomes = Regressions.run(List.of(both, wrong, absent), dir.resolve("data"), RetrieverFactory.NONE,
                o -> lines.add(o.line()));
        assertThat(outcomes).extracting(Regressions.Outcome::status)
                .containsExactly(Regressions.Status.PASS, Regressions.Status.FAIL, Regressions.Status.SKIP);
        assertThat(outcomes.get(0).measured()).isCloseTo(2.0 / 3, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(lines.get(1)).startsWith("FAIL  wrong").contains("ndcg@10").contains("0.6667 (expected 0.9000 ± 0.0010)");
        assertThat(lines.get(2)).startsWith("SKIP  absent").contains("mrr@10").contains("dataset folder absent");
    }

    /** Every metric of an entry is checked against one evaluation. */
    @Test
    void oneEvaluationAnswersEveryMetricOfAnEntry() throws IOException {
        BeirFixture.write(dir.resolve("data/tiny"));
        java.util.Map<String, RegressionEntry.Expected> metrics = new java.util.LinkedHashMap<>();
        metrics.put("ndcg@10", new RegressionEntry.Expected(0.6667, 0.001));
        metrics.put("mrr@10", new RegressionEntry.Expected(0.1, 0.001));
        RegressionEntry entry = new RegressionEntry("two", "tiny", "tiny", "test", "bm25", null, null, null, metrics);
        List<Regressions.Outcome> outcomes = Regressions.run(List.of(entry), dir.resolve("data"), RetrieverFactory.NONE, o -> { });
        assertThat(outcomes).extracting(Regressions.Outcome::metric).containsExactly("ndcg@10", "mrr@10");
        assertThat(outcomes).extracting(Regressions.Outcome::status).containsExactly(Regressions.Status.PASS, Regressions.Status.FAIL);
    }

    @Test
    void malformedEntriesAreRejected() {
        ObjectMapper json = new ObjectMapper();
        assertThatThrownBy(() -> Regressions.parse(json.readTree(
                "{\"regressions\": [{\"name\": \"x\", \"metrics\": {\"ndcg@10\": {\"value\": 0.5, \"tolerance\": 0.1}}}]}"), "r.json"))
                .isInstanceOf(DatasetException.class).hasMessage("r.json: entry 1: regression x: missing \"dataset\"");
        assertThatThrownBy(() -> Regressions.parse(json.readTree("{\"regressions\": [{\"name\": \"x\", \"dataset\": \"d\", \"path\": \"p\", "
                + "\"split\": \"test\", \"retriever\": \"bm25\", \"metrics\": {\"ndcg@10\": {\"tolerance\": 0.1}}}]}"), "r.json"))
                .hasMessageStartingWith("r.json: entry 1: Cannot map `null` into type `double`");
        assertThatThrownBy(() -> Regressions.parse(json.readTree("{\"other\": []}"), "r.json"))
                .hasMessage("r.json: expected {\"regressions\": [...]}");
        assertThatThrownBy(() -> entry("bm25", java.util.Map.of("map", new RegressionEntry.Expected(0.5, 0.001))))
                .hasMessageContaining("unknown metric \"map\"; known: ndcg@10, recall@100, mrr@10");
        assertThatThrownBy(() -> entry("splade", java.util.Map.of("ndcg@10", new RegressionEntry.Expected(0.5, 0.001))))
                .hasMessageContaining("unknown retriever \"splade\"");
        assertThatThrownBy(() -> entry("bm25", java.util.Map.of())).hasMessageContaining("missing \"metrics\"");
        assertThatThrownBy(() -> new RegressionEntry.Expected(0.5, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static RegressionEntry entry(String retriever, java.util.Map<String, RegressionEntry.Expected> metrics) {
        return new RegressionEntry("x", "tiny", "p", "test", retriever, null, null, null, metrics);
    }
}
