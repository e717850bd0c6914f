package dev.paperscope.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paperscope.app.EmbeddingSetup;
import dev.paperscope.index.VectorQuantization;
import dev.paperscope.index.VectorSpace;
import dev.paperscope.testing.HashingEmbedder;
import dev.paperscope.web.ServerFixture;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, item 9 over HTTP, on the demo pages with a stand-in model that has a similarity floor: for
 * every retriever the total, the facets and the hits reachable by paging count one set, whatever the page
 * size, and a nonsense query says that nothing matches.
 */
class SearchCountsApiTest {
    private static final String NONSENSE = "qzxv blorptang vurmik";
    @TempDir
    static Path tmp;
    static ServerFixture fixture;

    @BeforeAll
    static void start() {
        // 1,024 dimensions: few enough hash collisions that made-up words share none with the demo pages.
        EmbeddingSetup model = new EmbeddingSetup(new VectorSpace("test-hashing-1024", 1024), VectorQuantization.NONE,
                () -> new HashingEmbedder("test-hashing-1024", 1024, java.util.Map.of("picture", "image", "synthesis", "generation"))
                        .withFloor(0.3));
        fixture = ServerFixture.demo(tmp, List.of(), Optional.of(model));
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static JsonNode search(String query, String params) {
        return ApiTest.json(fixture.get("/api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&" + params));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"bm25, diffusion", "dense, diffusion", "hybrid, diffusion", "bm25, language models", "dense, language models",
            "hybrid, language models", "hybrid, picture synthesis", "dense, picture synthesis kind:paper"})
    void pagingReachesExactlyTheTotalAndFacetsCountTheSameRecords(String retriever, String query) {
        for (int limit : List.of(7, 20, 50)) {
            Set<String> seen = new LinkedHashSet<>();
            List<Long> totals = new ArrayList<>();
            JsonNode first = null;
            int offset = 0;
            while (true) {
                JsonNode page = search(query, "grouping=records&retriever=" + retriever + "&limit=" + limit + "&offset=" + offset);
                first = first == null ? page : first;
                totals.add(page.get("total").asLong());
                int at = offset;
                List<String> pageIds = new ArrayList<>();
                page.get("hits").forEach(h -> pageIds.add(h.get("id").asText()));
                pageIds.forEach(id -> assertThat(seen.add(id)).as("hit " + id + " once, offset " + at + " page " + pageIds + " seen " + seen).isTrue());
                if (!page.get("more").asBoolean()) {
                    break;
                }
                offset += limit;
            }
            long total = first.get("total").asLong();
            assertThat(total).as("the query matches something").isPositive().isLessThan(1000);
            assertThat(totals).as("the total does not depend on the page").containsOnly(total);
            assertThat((long) seen.size()).as("hits reachable by paging, limit " + limit).isEqualTo(total);
            assertThat(first.get("total_exact").asBoolean()).isTrue();
            long kinds = 0;
            for (JsonNode v : first.get("facets").get("kind").get("values")) {
                kinds += v.get("count").asLong();
            }
            assertThat(kinds).as("every record has one kind").isEqualTo(total);
            JsonNode works = search(query, "retriever=" + retriever + "&limit=" + limit);
            assertThat(works.get("total").asLong()).as("works grouping counts the same records").isEqualTo(total);
            assertThat(works.get("facets")).isEqualTo(first.get("facets"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"bm25", "dense", "hybrid"})
    void aNonsenseQuerySaysNothingMatches(String retriever) {
        for (String grouping : List.of("records", "works")) {
            JsonNode body = search(NONSENSE, "grouping=" + grouping + "&retriever=" + retriever + "&limit=5");
            assertThat(body.get("total").asLong()).isZero();
            assertThat(body.get("hits")).isEmpty();
            assertThat(body.get("more").asBoolean()).isFalse();
            assertThat(body.get("notes").toString()).contains("no records match");
            assertThat(body.get("facets").get("kind").get("values")).isEmpty();
        }
        String page = fixture.get("/search?q=" + URLEncoder.encode(NONSENSE, StandardCharsets.UTF_8) + "&retriever=" + retriever).body();
        assertThat(page).contains("No records match");
    }
}
