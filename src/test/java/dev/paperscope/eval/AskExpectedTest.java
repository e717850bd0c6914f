package dev.paperscope.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The expected figures of {@code eval-ask --check}: the checked-in file parses, its test-half figures meet the issue's
 * targets, a report within tolerance passes and one outside fails, and a malformed file says what is wrong.
 */
class AskExpectedTest {
    private static final String FILE = """
            {"about": "x", "targets": {"first": 0.75, "top3": 0.90},
             "entries": [{"split": "test", "retrieval": "bm25", "metrics": {"first": {"value": 0.80, "tolerance": 0.02},
                                                                          "flagged": {"value": 0.82, "tolerance": 0.0}}}]}
            """;

    private static AskEvaluation.Report report(String split, double first, double top3, double flagged) {
        return new AskEvaluation.Report(split, 62, 22, first, top3, 0.9, flagged, 10, 20, List.of(), List.of(), List.of());
    }

    private static AskExpected parse(String json) throws Exception {
        return AskExpected.parse(new ObjectMapper().readTree(json), "expected.json");
    }

    @Test
    void theCheckedInFileHoldsBothHalvesAndTheIssuesTargets() {
        AskExpected expected = AskExpected.load();
        assertThat(expected.targets()).containsEntry("first", 0.75).containsEntry("top3", 0.90).containsEntry("flagged", 0.80);
        for (String split : List.of("dev", "test")) {
            assertThat(expected.entries()).filteredOn(e -> e.split().equals(split) && e.retrieval().equals("bm25")).singleElement()
                    .satisfies(e -> assertThat(e.metrics().keySet()).containsExactlyElementsOf(AskExpected.METRICS));
        }
        // What docs/BENCHMARKS.md reports: on the test half first, top 3 and flagged meet their targets (flagged 0.909 since the
        // decision reads the question's names; 0.773 before).
        AskExpected.Entry test = expected.entries().stream().filter(e -> e.split().equals("test")).findFirst().orElseThrow();
        for (String metric : List.of("first", "top3", "flagged")) {
            assertThat(test.metrics().get(metric).value()).as(metric).isGreaterThanOrEqualTo(expected.targets().get(metric));
        }
    }

    @Test
    void withinTolerancePassesOutsideFails() throws Exception {
        AskExpected expected = parse(FILE);
        assertThat(expected.check("bm25", report("test", 0.81, 0.95, 0.82))).containsExactly(
                "PASS  test bm25 first    0.810 (expected 0.800 ± 0.020)",
                "PASS  test bm25 flagged  0.820 (expected 0.820 ± 0.000)",
                "PASS  target first    0.810 (at least 0.750)",
                "PASS  target top3     0.950 (at least 0.900)");
        assertThat(expected.check("bm25", report("test", 0.70, 0.89, 0.83))).filteredOn(l -> l.startsWith("FAIL")).hasSize(4);
    }

    @Test
    void aHalfOrRetrievalWithoutFiguresIsSkippedAndTheDevHalfHasNoTargets() throws Exception {
        AskExpected expected = parse(FILE);
        assertThat(expected.check("hybrid", report("test", 0.5, 0.5, 0.5))).first().asString().startsWith("SKIP");
        assertThat(expected.check("bm25", report("dev", 0.5, 0.5, 0.5))).singleElement().asString().startsWith("SKIP");
    }

    @Test
    void aMalformedFileSaysWhatIsWrong() {
        assertThatThrownBy(() -> parse(FILE.replace("\"first\": {", "\"firsts\": {"))).isInstanceOf(DatasetException.class)
                .hasMessageContaining("expected.json").hasMessageContaining("metrics must name some of");
        assertThatThrownBy(() -> parse(FILE.replace("\"bm25\"", "\"sparse\""))).isInstanceOf(DatasetException.class)
                .hasMessageContaining("retrieval must be one of");
        assertThatThrownBy(() -> parse(FILE.replace("\"about\"", "\"abut\""))).isInstanceOf(DatasetException.class);
    }
}
