package dev.paperscope.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paperscope.web.ServerFixture;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On the demo pages, over HTTP: `Hall J` as words is read as the room, said so, and `words:` turns it off. */
class UnderstoodApiTest {
    @TempDir
    static Path tmp;
    static ServerFixture fixture;

    @BeforeAll
    static void start() {
        fixture = ServerFixture.demo(tmp, List.of());
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static String q(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    @Test
    void theApiListsWhatWasUnderstoodAndKeepsCountsAndFacets() {
        JsonNode named = ApiTest.json(fixture.get("/api/v1/search?q=" + q("diffusion Hall J") + "&limit=5"));
        JsonNode words = ApiTest.json(fixture.get("/api/v1/search?q=" + q("words: diffusion Hall J") + "&limit=5"));
        assertThat(named.get("understood")).hasSize(1);
        assertThat(named.get("understood").get(0).get("field").asText()).isEqualTo("room");
        assertThat(named.get("understood").get(0).get("value").asText()).isEqualTo("Hall J");
        assertThat(words.get("understood")).isEmpty();
        assertThat(named.get("total").asLong()).isEqualTo(words.get("total").asLong()).isPositive();
        assertThat(named.get("facets")).isEqualTo(words.get("facets"));
        assertThat(named.get("hits").get(0).get("room").asText()).isEqualTo("Hall J");
    }

    @Test
    void theSearchPageSaysSoAndLinksToTheWordsAlone() {
        String page = fixture.get("/search?q=" + q("Vahab Mirrokni")).body();
        assertThat(page).contains("Showing author: Vahab Mirrokni; ").contains("search only the words instead")
                .contains("q=words%3A+Vahab+Mirrokni");
        assertThat(fixture.get("/search?q=" + q("words: Vahab Mirrokni")).body()).doesNotContain("search only the words instead");
    }
}
