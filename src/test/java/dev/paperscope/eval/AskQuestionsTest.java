package dev.paperscope.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperscope.search.answers.Answer;
import dev.paperscope.search.answers.AnswerRanking;
import dev.paperscope.search.answers.Evidence;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The question set's size and halves, what counts as a right answer, and a malformed line. */
class AskQuestionsTest {
    static Answer answer(String text, String title) {
        return new Answer(text, 0.5, 0, text.length(), "r1", "w1", title, "f", 1, null, text);
    }

    @Test
    void theSetHasEnoughQuestionsSplitInHalves() {
        List<AskQuestion> all = AskEvaluation.loadResource();
        assertThat(all.stream().filter(AskQuestion::answerable).count()).isGreaterThanOrEqualTo(120);
        assertThat(all.stream().filter(q -> !q.answerable()).count()).isGreaterThanOrEqualTo(40);
        List<AskQuestion> dev = AskEvaluation.of(all, "dev");
        List<AskQuestion> test = AskEvaluation.of(all, "test");
        assertThat(dev.size() + test.size()).isEqualTo(all.size());
        assertThat(Math.abs(dev.size() - test.size())).isLessThanOrEqualTo(4);
        assertThat(dev).noneMatch(test::contains);
        assertThat(all).allSatisfy(q -> assertThat(q.answerable() ? q.question() : "").doesNotContainIgnoringCase(q.answerable() ? q.span() : "\u0000"));
    }

    @Test
    void aRightAnswerHoldsTheSpanAndComesFromThePaper() {
        AskQuestion q = new AskQuestion("x-001", "How many?", true, "[Spotlight] Zorb Nets: Fast", "12 layers", "x");
        assertThat(q.answeredBy(answer("Zorb uses 12\nlayers in all.", "Zorb Nets: fast"))).isTrue();
        assertThat(q.answeredBy(answer("Zorb uses 12 layers in all.", "Another paper"))).isFalse();
        assertThat(q.answeredBy(answer("Zorb uses 14 layers in all.", "Zorb Nets: Fast"))).isFalse();
        AskQuestion untitled = new AskQuestion("x-002", "By how much?", true, null, "by 41%", "x");
        assertThat(untitled.answeredBy(answer("It wins by 41\\% on average.", null))).isTrue();
        assertThat(new AskQuestion("x-003", "Why?", false, null, null, "none").answeredBy(answer("Because.", null))).isFalse();
    }

    @Test
    void runReadsEachDecisionAndTheGridReadsTheNamedShare() {
        AskQuestion known = new AskQuestion("a-001", "What FID does Imagen reach?", true, null, "FID of 7.27", "x");
        AskQuestion unknown = new AskQuestion("none-001", "What FID does Muse reach?", false, null, null, "none");
        Answer right = answer("It reaches an FID of 7.27 on COCO.", null);
        AskEvaluation.Report report = AskEvaluation.run("dev", List.of(known, unknown), q -> q.contains("Imagen")
                ? new AnswerRanking(q, List.of(right), new Evidence(0.9, 0.8, 1, 1, 0, 0.5, true), true)
                : new AnswerRanking(q, List.of(right), new Evidence(0.9, 0.8, 0.8, 0.4, 0.3, 0.1, true), true));
        assertThat(report.first()).isEqualTo(1.0);
        assertThat(report.flagged()).as("the ranking said answerable").isZero();
        assertThat(report.decided()).extracting(AskEvaluation.Decided::id).containsExactly("a-001", "none-001");
        assertThat(report.decided().get(1).format()).startsWith("none-001 unanswerable score 0.900 coverage 0.800 paper 0.800 named 0.400");
        assertThat(AskEvaluation.calibration(report, new double[] {0.5}, new double[] {0.5}, new double[] {0, 0.8})).isEqualTo(
                "  decision 0.500,0.50,0.00: answerable kept 1.000  unanswerable flagged 0.000\n"
                        + "  decision 0.500,0.50,0.80: answerable kept 1.000  unanswerable flagged 1.000\n");
    }

    @Test
    void halvesFollowTheIdsNumber() {
        assertThat(new AskQuestion("a-001", "q", false, null, null, null).split()).isEqualTo("dev");
        assertThat(new AskQuestion("a-002", "q", false, null, null, null).split()).isEqualTo("test");
    }

    @Test
    void aMalformedLineFailsWithItsNumber() {
        String text = "{\"id\": \"a-001\", \"question\": \"q?\", \"answerable\": false}\n{\"id\": \"a-002\", \"question\": \"q?\", \"answerable\": true}\n";
        assertThatThrownBy(() -> AskEvaluation.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "set.jsonl"))
                .isInstanceOf(DatasetException.class).hasMessageContaining("set.jsonl:2");
    }
}
