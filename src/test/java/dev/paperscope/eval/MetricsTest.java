package dev.paperscope.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand-computed values for trec_eval's definitions (see the comments for the arithmetic). */
class MetricsTest {
    private static final double EPS = 1e-12;

    private static ScoredDoc doc(String id, double score) {
        return new ScoredDoc(id, score);
    }

    @Test
    void gradedGainsLog2DiscountAndIdealFromQrels() {
        // Order d3 (judged 0), d1 (2), d4 (unjudged), d2 (1): DCG = 2/log2(3) + 1/log2(5) = 1.692536065...
        // Ideal from the qrels: 2/log2(2) + 1/log2(3) = 2.630929753...; nDCG = 0.643322408...
        Qrels qrels = new Qrels(Map.of("q", Map.of("d1", 2, "d2", 1, "d3", 0)));
        var run = Map.of("q", List.of(doc("d2", 0.5), doc("d4", 1), doc("d1", 2), doc("d3", 3)));
        EvalScores s = Metrics.evaluate(qrels, run);
        assertThat(s.ndcg10()).isCloseTo(0.6433224083306327, within(EPS));
        assertThat(s.recall100()).isEqualTo(1.0);
        assertThat(s.mrr10()).isEqualTo(0.5);
    }

    @Test
    void tiesAreBrokenByDocIdInDecreasingLexicalOrderAsTrecEvalDoes() {
        // All tied: trec_eval ranks c, b, a. "9" sorts after "10" lexically, so "9" comes first.
        Qrels qrels = new Qrels(Map.of("q", Map.of("b", 1), "r", Map.of("10", 1)));
        var run = Map.of("q", List.of(doc("a", 1), doc("b", 1), doc("c", 1)), "r", List.of(doc("10", 7), doc("9", 7)));
        EvalScores s = Metrics.evaluate(qrels, run);
        assertThat(s.perQuery().get("q").mrr10()).isEqualTo(0.5);
        assertThat(s.perQuery().get("q").ndcg10()).isCloseTo(1 / (Math.log(3) / Math.log(2)), within(EPS));
        assertThat(s.perQuery().get("r").mrr10()).isEqualTo(0.5);
        assertThat(Metrics.trecEvalOrder(run.get("q"), "q")).extracting(ScoredDoc::docId).containsExactly("c", "b", "a");
    }

    @Test
    void negativeZeroTiesWithZeroAsInC() {
        var ranked = Metrics.trecEvalOrder(List.of(doc("a", -0.0), doc("b", 0.0)), "q");
        assertThat(ranked).extracting(ScoredDoc::docId).containsExactly("b", "a");
        ranked = Metrics.trecEvalOrder(List.of(doc("a", 0.0), doc("b", -0.0)), "q");
        assertThat(ranked).extracting(ScoredDoc::docId).containsExactly("b", "a");
    }

    @Test
    void unansweredAndUnjudgedRelevantQueriesCountAsZero() {
        // q: relevant at rank 1 -> 1, 1, 1. r: not in the run -> 0. z: judged, nothing relevant -> 0 (trec_eval -c).
        Map<String, Map<String, Integer>> judgments = new LinkedHashMap<>();
        judgments.put("q", Map.of("d", 1));
        judgments.put("r", Map.of("d", 1));
        judgments.put("z", Map.of("d", 0));
        var run = Map.of("q", List.of(doc("d", 1)), "z", List.of(doc("d", 1)), "not-judged", List.of(doc("d", 1)));
        EvalScores s = Metrics.evaluate(new Qrels(judgments), run);
        assertThat(s.queries()).isEqualTo(3);
        assertThat(s.perQuery().keySet()).containsExactly("q", "r", "z");
        assertThat(s.ndcg10()).isCloseTo(1.0 / 3, within(EPS));
        assertThat(s.recall100()).isCloseTo(1.0 / 3, within(EPS));
        assertThat(s.mrr10()).isCloseTo(1.0 / 3, within(EPS));
        assertThat(s.perQuery().get("z")).isEqualTo(new EvalScores.QueryScores(0, 0, 0));
    }

    @Test
    void cutoffsAtTenAndOneHundred() {
        // Relevant docs at ranks 11 and 101: outside nDCG@10 and MRR@10; Recall@100 finds one of the two.
        List<ScoredDoc> docs = new ArrayList<>();
        for (int rank = 1; rank <= 101; rank++) {
            docs.add(doc("d" + rank, 1000 - rank));
        }
        Qrels qrels = new Qrels(Map.of("q", Map.of("d11", 1, "d101", 1)));
        EvalScores s = Metrics.evaluate(qrels, Map.of("q", docs));
        assertThat(s.ndcg10()).isZero();
        assertThat(s.mrr10()).isZero();
        assertThat(s.recall100()).isEqualTo(0.5);
    }

    @Test
    void idealDcgUsesOnlyTheTenBestGrades() {
        // Twelve relevant docs of grade 1, the run finds the first ten: ideal is also ten, so nDCG@10 is 1.
        Map<String, Integer> judged = new LinkedHashMap<>();
        List<ScoredDoc> docs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            judged.put("d" + i, 1);
            docs.add(doc("d" + i, 100 - i));
        }
        EvalScores s = Metrics.evaluate(new Qrels(Map.of("q", judged)), Map.of("q", docs.subList(0, 10)));
        assertThat(s.ndcg10()).isCloseTo(1.0, within(EPS));
        assertThat(s.recall100()).isCloseTo(10.0 / 12, within(EPS));
    }

    @Test
    void aDocumentTwiceInOneQueryIsAnError() {
        Qrels qrels = new Qrels(Map.of("q", Map.of("d", 1)));
        assertThatThrownBy(() -> Metrics.evaluate(qrels, Map.of("q", List.of(doc("d", 2), doc("d", 1)))))
                .hasMessageContaining("document d appears twice for query q");
    }

    @Test
    void docIdsCompareAsStrcmpOnUtf8() {
        String bmpHigh = "\uFFFF";
        String astral = new String(Character.toChars(0x1F600));
        assertThat(bmpHigh.compareTo(astral)).isPositive(); // UTF-16 order differs...
        assertThat(Metrics.compareAsUtf8Bytes(bmpHigh, astral)).isNegative(); // ...from byte order
        assertThat(Metrics.compareAsUtf8Bytes("ab", "a")).isPositive();
        assertThat(Metrics.compareAsUtf8Bytes("a", "ab")).isNegative();
        assertThat(Metrics.compareAsUtf8Bytes("ab", "ab")).isZero();
    }
}
