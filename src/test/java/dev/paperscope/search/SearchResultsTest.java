package dev.paperscope.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The with… methods change one field and keep the rest. */
class SearchResultsTest {
    private static final SearchResults RESULTS = new SearchResults("q", 12, false, List.of(), 3.5, List.of("a note"));

    @Test
    void eachWithChangesOneFieldOnly() {
        SearchResults noted = RESULTS.withNote("another");
        assertThat(noted.notes()).containsExactly("a note", "another");
        assertThat(noted.withNotes(RESULTS.notes())).isEqualTo(RESULTS);
        assertThat(RESULTS.withNotes(List.of()).notes()).isEmpty();
        assertThat(RESULTS.withHits(RESULTS.hits())).isEqualTo(RESULTS);
        SearchResults other = RESULTS.withHits(List.of()).withNote("x");
        assertThat(List.of(other.query(), other.total(), other.totalExact(), other.millis()))
                .isEqualTo(List.of(RESULTS.query(), RESULTS.total(), RESULTS.totalExact(), RESULTS.millis()));
        assertThat(RESULTS.notes()).as("unchanged").containsExactly("a note");
    }
}
