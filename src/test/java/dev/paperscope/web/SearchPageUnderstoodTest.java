package dev.paperscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.api.SearchRequest;
import dev.paperscope.app.FusionMethod;
import dev.paperscope.search.SearchResults;
import dev.paperscope.search.Understood;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The results page says which words it read as names, and links to the same search of the words alone. */
class SearchPageUnderstoodTest {
    private static SearchRequest request(String q) {
        return new SearchRequest(q, Map.of("kind", "paper"), Optional.empty(), FusionMethod.SCORE, 0.5, 20, 20, SearchRequest.Grouping.WORKS);
    }

    @Test
    void showsWhatWasUnderstoodWithAWordsOnlyLink() {
        SearchResults results = new SearchResults("diffusion Hall J", 3, true, List.of(), 1.0, List.of(),
                List.of(new Understood("room", "Hall J", "Hall J"), new Understood("author", "Rémi Munos", "remi munos")));
        String html = SearchPage.understood(request("diffusion Hall J"), results);
        assertThat(html).contains("Showing room: Hall J; author: Rémi Munos; ")
                .contains("search only the words instead")
                // the same search (filters kept, from the first page) with words: in front
                .contains("href=\"/search?q=words%3A+diffusion+Hall+J&amp;kind=paper")
                .contains("offset=0");
    }

    @Test
    void saysNothingWhenNothingWasUnderstood() {
        SearchResults results = new SearchResults("words: Hall J", 3, true, List.of(), 1.0, List.of());
        assertThat(SearchPage.understood(request("words: Hall J"), results)).isEmpty();
    }
}
