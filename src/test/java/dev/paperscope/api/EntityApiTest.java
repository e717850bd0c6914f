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

    /** Issue 13 item 10 on the demo: Imagen is one work, with the award's abstract, each author once, and no copy of itself in Related. */
    @Test
    void imagenIsOneWorkWithItsOwnAbstractEachAuthorOnceAndNotRelatedToItself() {
        JsonNode hits = json(fixture.get("/api/v1/search?limit=5&q=" + java.net.URLEncoder.encode(
                "-kind:blog_post title:\"Photorealistic Text-to-Image Diffusion Models with Deep Language Understanding\"",
                java.nio.charset.StandardCharsets.UTF_8))).get("hits");
        assertThat(hits).hasSize(1);
        JsonNode work = json(fixture.get("/api/v1/works/" + hits.get(0).get("id").asText()));
        java.util.List<String> files = new java.util.ArrayList<>();
        work.get("records").forEach(r -> files.add(r.get("source").get("file").asText().substring(0, 3)));
        assertThat(files).contains("000", "001", "003");
        String abstractRecord = work.get("abstract").get("record").asText();
        work.get("records").forEach(r -> {
            if (r.get("id").asText().equals(abstractRecord)) {
                assertThat(r.get("source").get("file").asText()).as("the award's real abstract, not the reading list's summary").startsWith("003");
            }
        });
        assertThat(work.get("abstract").get("text").asText()).doesNotStartWith("This paper by");
        java.util.List<String> authors = new java.util.ArrayList<>();
        work.get("authors").forEach(a -> authors.add(a.asText()));
        assertThat(authors).contains("Raphael Gontijo Lopes").doesNotContain("Rapha Gontijo Lopes").doesNotHaveDuplicates();
        java.util.Set<String> own = new java.util.HashSet<>();
        work.get("records").forEach(r -> own.add(r.get("id").asText()));
        json(fixture.get("/api/v1/works/" + work.get("id").asText() + "/related?limit=10")).get("hits")
                .forEach(h -> assertThat(own).doesNotContain(h.get("id").asText()));
        for (String recordId : own) {
            json(fixture.get("/api/v1/records/" + recordId + "/related?limit=10")).get("hits")
                    .forEach(h -> assertThat(own).as("related to " + recordId).doesNotContain(h.get("id").asText()));
        }
    }

    @Test
    void chinchillasTopTwoHitsAreTwoPapers() {
        JsonNode hits = json(fixture.get("/api/v1/search?limit=2&q=chinchilla")).get("hits");
        assertThat(hits).hasSize(2);
        assertThat(hits.get(0).get("id").asText()).isNotEqualTo(hits.get(1).get("id").asText());
        assertThat(hits.get(0).get("title").asText()).isNotEqualTo(hits.get(1).get("title").asText());
    }

    @Test
    void anAuthorPageListsEachWorkAndEachCoauthorOnce() {
        JsonNode author = json(fixture.get("/api/v1/authors?name=Chitwan%20Saharia"));
        java.util.List<String> titles = new java.util.ArrayList<>();
        author.get("works").forEach(w -> titles.add(w.get("id").asText()));
        assertThat(titles).doesNotHaveDuplicates();
        java.util.List<String> coauthors = new java.util.ArrayList<>();
        author.get("coauthors").forEach(c -> coauthors.add(c.get("name").asText()));
        assertThat(coauthors).contains("Raphael Gontijo Lopes").doesNotContain("Rapha Gontijo Lopes");
        long imagen = author.get("works").findValuesAsText("title").stream()
                .filter(t -> t.startsWith("Photorealistic Text-to-Image")).count();
        assertThat(imagen).isEqualTo(1);
    }

    @Test
    void aBlogPostPresentingOnePaperIsLinkedBothWays() {
        JsonNode hit = json(fixture.get("/api/v1/search?limit=1&q=" + java.net.URLEncoder.encode(
                "kind:blog_post title:\"Mixture-of-Experts with Expert Choice Routing\"", java.nio.charset.StandardCharsets.UTF_8))).get("hits").get(0);
        JsonNode post = json(fixture.get("/api/v1/works/" + hit.get("id").asText()));
        JsonNode about = post.get("about").get(0);
        JsonNode paperRecord = json(fixture.get("/api/v1/records/" + about.get("paper").asText()));
        assertThat(paperRecord.get("kind").asText()).isEqualTo("paper");
        JsonNode paper = json(fixture.get("/api/v1/works/" + paperRecord.get("work_id").asText()));
        assertThat(paper.get("about").findValuesAsText("post")).contains(about.get("post").asText());
        String page = fixture.get("/works/" + paperRecord.get("work_id").asText()).body();
        assertThat(page).contains("id=\"about\"").contains("Presented in the blog post");
        assertThat(fixture.get("/works/" + hit.get("id").asText()).body()).contains("This post presents");
    }
}
