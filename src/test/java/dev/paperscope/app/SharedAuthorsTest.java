package dev.paperscope.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperscope.search.RecordRef;
import dev.paperscope.search.SearchHit;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The authors a recommendation shares with the kept works, and how its explanation names them. */
class SharedAuthorsTest {
    private static final List<List<String>> KEPT = List.of(List.of("Ada Lovelace", "Charles Babbage"), List.of("J. Zico Kolter"), List.of());

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(List.of("Alan Turing"), List.of()),
                Arguments.of(List.of("Alan Turing", "Ada Lovelace"), List.of("Ada Lovelace")),
                Arguments.of(List.of("ADA LOVELACE"), List.of("ADA LOVELACE")),
                Arguments.of(List.of("Adá Lovelace"), List.of("Adá Lovelace")),
                Arguments.of(List.of("Zico Kolter"), List.of("Zico Kolter")),
                Arguments.of(List.of("Charles Babbage", "Ada Lovelace", "Zico Kolter"), List.of("Charles Babbage", "Ada Lovelace")),
                Arguments.of(List.of("Ada Lovelace", "Ada Lovelace"), List.of("Ada Lovelace")),
                Arguments.of(List.of("Ada Byron"), List.of()),
                Arguments.of(List.of("", "  ", "Ada Lovelace "), List.of("Ada Lovelace")),
                Arguments.of(List.of(), List.of()));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void namesTheAuthorsWhoWroteAKeptWork(List<String> authors, List<String> expected) {
        assertThat(new SharedAuthors(KEPT).of(authors)).isEqualTo(expected);
    }

    @Test
    void nothingKeptSharesNothing() {
        assertThat(new SharedAuthors(List.of()).of(List.of("Ada Lovelace"))).isEmpty();
    }

    @Test
    void theExplanationNamesOneAuthorOrTwo() {
        SearchHit hit = new SearchHit("w1", 1f, "A paper", "paper", List.of(), null, null, null, null,
                List.of(new RecordRef("r1", "f.jsonl", 1)), null);
        List<Recommendation.Kept> close = List.of(new Recommendation.Kept("w0", "Kept paper"));
        assertThat(new Recommendation(hit, close).explanation("your list L")).isEqualTo("close to “Kept paper” in your list L");
        assertThat(new Recommendation(hit, close, List.of("Ada Lovelace")).explanation("your list L"))
                .isEqualTo("close to “Kept paper” in your list L; by Ada Lovelace, an author in your list L");
        assertThat(new Recommendation(hit, List.of(), List.of("Ada Lovelace", "Charles Babbage")).explanation("your list L"))
                .isEqualTo("like your list L as a whole; by Ada Lovelace and Charles Babbage, authors in your list L");
        assertThatThrownBy(() -> new Recommendation(hit, close, List.of("A B", "C D", "E F"))).isInstanceOf(IllegalArgumentException.class);
    }
}
