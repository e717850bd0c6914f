package dev.paperscope.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperscope.search.answers.AnswerParams;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** eval-ask's --decision: two or three thresholds, the third (the named share) kept from the defaults when left out. */
class AskCalibrationOptionsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0.5,0.3|0.5|0.3|0.8",
            "0.5,0.3,0|0.5|0.3|0.0",
            "0.45,0.35,1|0.45|0.35|1.0"})
    void decisionTakesTwoOrThreeThresholds(String decision, double score, double coverage, double named) {
        AskCalibrationOptions o = new AskCalibrationOptions();
        o.decision = List.of(decision.split(",")).stream().map(Double::parseDouble).toList();
        AnswerParams p = o.variants(AnswerParams.DEFAULT).getFirst();
        assertThat(p.threshold()).isEqualTo(score);
        assertThat(p.minCoverage()).isEqualTo(coverage);
        assertThat(p.minNamed()).isEqualTo(named);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0.5|two or three numbers", "0.5,0.3,0.8,1|two or three numbers", "0.5,0.3,1.5|minNamed"})
    void aBadDecisionSaysWhatIsWrong(String decision, String message) {
        AskCalibrationOptions o = new AskCalibrationOptions();
        o.decision = List.of(decision.split(",")).stream().map(Double::parseDouble).toList();
        assertThatThrownBy(() -> o.variants(AnswerParams.DEFAULT)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }
}
