package dev.paperscope.ingest;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The records' constructor checks: what passes, and what fails with which exception and message. */
class ChecksTest {
    @Test
    void presentPassesWhenEveryValueIsThere() {
        assertThatCode(() -> Checks.present()).doesNotThrowAnyException();
        assertThatCode(() -> Checks.present("id", "a", "line", 3)).doesNotThrowAnyException();
    }

    @Test
    void presentNamesTheFirstMissingField() {
        assertThatThrownBy(() -> Checks.present("id", "a", "title", null, "rule", null))
                .isExactlyInstanceOf(NullPointerException.class).hasMessage("title");
        assertThatThrownBy(() -> Checks.present("id", null)).isExactlyInstanceOf(NullPointerException.class).hasMessage("id");
    }

    @Test
    void presentRefusesANameWithoutItsValue() {
        assertThatThrownBy(() -> Checks.present("id", "a", "title")).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("names and values come in pairs, got 3 arguments");
    }

    @ParameterizedTest
    @CsvSource({"1.0", "0.5", "0.0001", "4.9E-324"})
    void confidenceInTheHalfOpenUnitIntervalPasses(double confidence) {
        assertThatCode(() -> Checks.confidence(confidence)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource({"0.0", "-0.5", "1.0000001", "NaN", "Infinity"})
    void confidenceOutsideFailsSayingTheValue(double confidence) {
        assertThatThrownBy(() -> Checks.confidence(confidence)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("confidence must lie in (0, 1], was " + confidence);
    }
}
