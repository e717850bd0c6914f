package dev.paperscope.api;

import static dev.paperscope.api.ApiTest.assertError;
import static dev.paperscope.api.ApiTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paperscope.web.ServerFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records, works, authors, related, and facets over all hits, through HTTP on the demo data. */
class EntityApiTest {
    @TempDir
    static Path tmp;
    static ServerFixture fixture;

    @BeforeAll
    static void start() {
        fixture = ServerFixture.demo(tmp);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    static JsonNode firstHit(String query) {
        return json(fixture.get("/api/v1/search?grouping=records&limit=1&q=" + query)).get("hits").get(0);
    }

    @Test
    void aRecordComesWithItsProvenanceAndWork() {
        JsonNode hit = firstHit("title:imagen");
        JsonNode record = json(fixture.get("/api/v1/records/" + hit.get("id").asText()));
        assertThat(record.get("source").get("file").asText()).isEqualTo(hit.get("records").get(0).get("source").get("file").asText());
        assertThat(record.get("source").get("line").asInt()).isPositive();
        assertThat(record.get("source").get("sha256").asText()).hasSize(64);
        JsonNode work = json(fixture.get("/api/v1/works/" + record.get("work_id").asText()));
        assertThat(work.get("sources").findValuesAsText("id")).contains(hit.get("id").asText());
    }

    @Test
    void relatedLeavesOutTheRecordItself() {
        String id = firstHit("diffusion").get("id").asText();
        JsonNode related = json(fixture.get("/api/v1/records/" + id + "/related?limit=5"));
        assertThat(related.get("hits")).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        assertThat(related.get("hits").findValuesAsText("id")).doesNotContain(id);
    }

    @Test
    void anAuthorHasSpellingsWorksAndCoauthors() {
        JsonNode author = json(fixture.get("/api/v1/authors?name=Chitwan%20Saharia"));
        assertThat(author.get("name").asText()).isEqualTo("Chitwan Saharia");
        assertThat(author.get("works")).isNotEmpty();
        assertThat(author.get("coauthors").findValuesAsText("name")).contains("William Chan");
    }

    @Test
    void unknownIdsAre404() {
        assertError(fixture.get("/api/v1/records/r0000000000000000"), 404, "no record with id r0000000000000000");
        assertError(fixture.get("/api/v1/works/w0000000000000000"), 404, "no work with id");
        assertError(fixture.get("/api/v1/records/r0000000000000000/related"), 404, "no record");
        assertError(fixture.get("/api/v1/authors?name=Nobody%20Atall"), 404, "no record names");
        // a partial name: the one person it fits, or the people it fits with their work counts
        assertThat(json(fixture.get("/api/v1/authors?name=saharia")).get("name").asText()).isEqualTo("Chitwan Saharia");
        assertError(fixture.get("/api/v1/authors?name=bengio"), 404, "people fit 'bengio': Yoshua Bengio (");
        assertError(fixture.get("/api/v1/authors"), 400, "parameter name is required");
        assertError(fixture.get("/api/v1/records/x/related?limit=999"), 400, "limit");
    }

    @Test
    void facetsCountEveryHitNotJustThePage() {
        JsonNode body = json(fixture.get("/api/v1/search?q=model&limit=1"));
        assertThat(body.get("total_exact").asBoolean()).isTrue();
        long total = body.get("total").asLong();
        assertThat(total).isGreaterThan(20);
        JsonNode kinds = body.get("facets").get("kind");
        long sum = 0;
        for (JsonNode v : kinds.get("values")) {
            sum += v.get("count").asLong();
        }
        assertThat(sum).isEqualTo(total); // every record has exactly one kind
        assertThat(body.get("facets").get("source").get("values")).isNotEmpty();
    }

    @Test
    void aFacetValueUsedAsAFilterGivesItsCount() {
        JsonNode body = json(fixture.get("/api/v1/search?q=model&limit=1"));
        JsonNode top = body.get("facets").get("source").get("values").get(0);
        JsonNode filtered = json(fixture.get("/api/v1/search?q=model&limit=1&source=" + top.get("value").asText()));
        assertThat(filtered.get("total").asLong()).isEqualTo(top.get("count").asLong());
        JsonNode venue = body.get("facets").get("venue").get("values").get(0);
        JsonNode byVenue = json(fixture.get("/api/v1/search?q=model&limit=1&venue=" + java.net.URLEncoder.encode(venue.get("value").asText(),
                java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(byVenue.get("total").asLong()).isGreaterThanOrEqualTo(venue.get("count").asLong());
    }
}
