package dev.paperscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountedTest {
    @ParameterizedTest
    @CsvSource({"0, talk, 0 talks", "1, talk, 1 talk", "2, talk, 2 talks", "15, session, 15 sessions", "1, session, 1 session",
            "-1, record, -1 records"})
    void regularNouns(long n, String one, String expected) {
        assertThat(Counted.of(n, one)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"1, entry, entries, 1 entry", "3, entry, entries, 3 entries", "0, entry, entries, 0 entries"})
    void irregularNouns(long n, String one, String many, String expected) {
        assertThat(Counted.of(n, one, many)).isEqualTo(expected);
    }
}
