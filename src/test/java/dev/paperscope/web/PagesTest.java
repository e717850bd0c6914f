package dev.paperscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages as HTML over HTTP: escaping, errors as pages, assets served from the jar, works and records
 * in search, recovered fields and the work page's forms. The demo: its pages and the real ICML 2023 and
 * NeurIPS 2022 paper lists it ships as reference files, which recover titles of seed 002's orals and of seed
 * 003's award entries (Imagen's among them).
 */
class PagesTest {
    @TempDir
    static Path tmp;
    static ServerFixture fixture;

    /** Imagen, stated by three seed pages (003 without a title, recovered from the NeurIPS 2022 reference): one work. */
    static final String IMAGEN_QUERY = "-kind:blog_post \"Photorealistic Text-to-Image Diffusion Models with Deep Language Understanding\"";
    static final String GFLOWNETS = "Learning GFlowNets From Partial Episodes For Improved Convergence And Stability";

    @BeforeAll
    static void start() {
        fixture = ServerFixture.demo(tmp);
    }

    static com.fasterxml.jackson.databind.JsonNode api(String path) {
        try {
            return com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(fixture.get(path).body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void theHostileRecordIsEscapedOnEveryPage() throws Exception {
        HttpResponse<String> results = fixture.get("/search?q=HostileConf");
        assertThat(results.statusCode()).isEqualTo(200);
        assertThat(results.body()).doesNotContain("<script>window").contains("&lt;script&gt;window.__pwned")
                .doesNotContain("<img src=x").contains("&lt;img src=x onerror=alert(1)&gt;");
        var hit = api("/api/v1/search?q=HostileConf").get("hits").get(0);
        for (String page : new String[] {"/records/" + hit.get("records").get(0).get("id").asText(), "/works/" + hit.get("id").asText()}) {
            HttpResponse<String> record = fixture.get(page);
            assertThat(record.statusCode()).as(page).isEqualTo(200);
            assertThat(record.body()).as(page).doesNotContain("<script>alert").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                    .doesNotContain("<b>All</b>").doesNotContain("<script>window");
        }
        HttpResponse<String> author = fixture.get(Links.author("Mallory <img src=x onerror=alert(1)>"));
        assertThat(author.statusCode()).isEqualTo(200);
        assertThat(author.body()).doesNotContain("<img src=x").contains("Mallory &lt;img");
    }

    @Test
    void errorsOfPagesArePagesWithEscapedMessages() {
        HttpResponse<String> missing = fixture.get("/works/%3Cscript%3E");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(missing.body()).contains("no work with id &lt;script&gt;").doesNotContain("<script>");
        HttpResponse<String> badQuery = fixture.get("/search?q=year:20x0..2022");
        assertThat(badQuery.statusCode()).isEqualTo(400);
        assertThat(badQuery.body()).contains("bad query");
    }

    @Test
    void stylesAndKatexAreServedFromTheJar() {
        assertThat(fixture.get("/static/paperscope.css").statusCode()).isEqualTo(200);
        for (String asset : new String[] {"katex.min.js", "katex.min.css", "contrib/auto-render.min.js"}) {
            assertThat(fixture.get(KatexAssets.KATEX + asset).statusCode()).as(asset).isEqualTo(200);
        }
    }

    @Test
    void searchPageShowsFacetLinksThatFilter() {
        String body = fixture.get("/search?q=model").body();
        assertThat(body).contains("id=\"facets\"").contains("data-facet=\"kind\"").contains("&amp;kind=talk");
        String filtered = fixture.get("/search?q=model&kind=talk").body();
        assertThat(filtered).contains("kind: talk ✕").contains("model kind:talk");
    }

    @Test
    void resultsComeInPagesWithLinksBothWays() {
        String first = fixture.get("/search?q=model").body();
        assertThat(first).contains("rel=\"next\" href=\"/search?q=model&amp;offset=20\"").doesNotContain("rel=\"prev\"");
        String second = fixture.get("/search?q=model&offset=20").body();
        assertThat(second).contains("rel=\"prev\" href=\"/search?q=model&amp;offset=0\"").contains("<ol class=\"hits\" start=\"21\">");
    }

    @Test
    void searchShowsWorksByDefaultAndRecordsOnRequest() {
        String works = fixture.get("/search?q=imagen").body();
        String imagen = fixture.get("/search?q=" + Html.url(IMAGEN_QUERY)).body();
        String imagenRecords = fixture.get("/search?grouping=records&q=" + Html.url(IMAGEN_QUERY)).body();
        assertThat(count(imagen, "class=\"hit\"")).isEqualTo(1);
        assertThat(count(imagen, "class=\"source\"")).isEqualTo(3);
        assertThat(count(imagenRecords, "class=\"hit\"")).isEqualTo(3);
        assertThat(works).contains("matching records, one result per work").contains("<strong aria-current=\"true\" data-grouping=\"works\">")
                .contains("data-grouping=\"records\" href=\"/search?q=imagen&amp;grouping=records&amp;offset=0\"")
                .contains("Counts are of matching source records.");
        String records = fixture.get("/search?q=imagen&grouping=records").body();
        assertThat(records).contains("data-grouping=\"records\">source records</strong>").doesNotContain("one result per work");
        // one work hit links to its work and lists several sources; record hits link to records
        assertThat(works).contains("class=\"hit-title\" href=\"/works/");
        assertThat(records).doesNotContain("class=\"hit-title\" href=\"/works/").contains("class=\"hit-title\" href=\"/records/");
        // filters and paging keep the grouping
        assertThat(fixture.get("/search?q=model&grouping=records").body()).contains("&amp;kind=talk&amp;grouping=records")
                .contains("rel=\"next\" href=\"/search?q=model&amp;grouping=records&amp;offset=20\"");
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void aRecoveredTitleIsMarkedWithItsReferenceFileLineAndConfidence() {
        var hit = api("/api/v1/search?grouping=records&q=" + Html.url("title:\"" + GFLOWNETS + "\"")).get("hits").get(0);
        String page = fixture.get("/records/" + hit.get("id").asText()).body();
        assertThat(page).contains("<h1 id=\"work-title\">" + GFLOWNETS + "</h1>");
        String row = page.substring(page.indexOf("<tr class=\"recovered-field\" data-field=\"title\">"));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains(GFLOWNETS).contains(">recovered</span>")
                .containsPattern("recovered from icml2023_openreview\\.jsonl\\.gz line 904 \\(r[^)]+\\), confidence (0\\.9[0-9]|1\\.00) · reference-authors");
        // venue and year came from the reference too, and say so
        assertThat(page).contains("<tr class=\"recovered-field\" data-field=\"venue\"><th>venue</th><td><span class=\"recovered-value\">ICML</span>")
                .contains("<tr class=\"recovered-field\" data-field=\"year\"><th>year</th><td><span class=\"recovered-value\">2023</span>")
                .contains("recovered from the same reference record (icml2023_openreview.jsonl.gz line 904)");
        // Imagen's work: the award page (003) left its title out and the reference supplied it; the other pages' own titles are not marked
        String imagen = fixture.get("/works/" + api("/api/v1/search?q=" + Html.url(IMAGEN_QUERY)).get("hits").get(0).get("id").asText()).body();
        assertThat(count(imagen, "<tr class=\"recovered-field\" data-field=\"title\">")).isEqualTo(1);
        String awardCard = imagen.substring(imagen.indexOf("<span class=\"provenance\">003_"));
        awardCard = awardCard.substring(0, awardCard.indexOf("</section>")); // the last card: the sources are in file order
        assertThat(awardCard).contains("recovered from neurips2022_titles_authors.jsonl.gz line ");
    }

    @Test
    void aWorkPageOffersItsListsAndStarsOnlyItsTalks() {
        String work = "/works/" + api("/api/v1/search?q=" + Html.url(IMAGEN_QUERY)).get("hits").get(0).get("id").asText();
        assertThat(fixture.get(work).body()).contains("<a href=\"/lists\">Create a reading list</a>");
        assertThat(fixture.send("POST", "/api/v1/lists", "{\"name\": \"<b>Evil & co\"}").statusCode()).isEqualTo(201);
        String page = fixture.get(work).body();
        assertThat(page).contains("id=\"add-to-list\" method=\"post\"")
                .contains("formaction=\"/lists/%3Cb%3EEvil%20%26%20co/add\"").contains(">+ &lt;b&gt;Evil &amp; co</button>")
                .doesNotContain("<b>Evil");
        String workId = work.substring("/works/".length());
        assertThat(fixture.send("POST", "/api/v1/lists/%3Cb%3EEvil%20%26%20co/items", "{\"id\": \"" + workId + "\"}").statusCode()).isEqualTo(201);
        String kept = fixture.get(work).body();
        assertThat(kept).as("a list that holds the work is named, not offered again").doesNotContain(">+ &lt;b&gt;Evil &amp; co</button>")
                .contains("In your list <a class=\"in-list\" data-list=\"&lt;b&gt;Evil &amp; co\"");
        var talk = api("/api/v1/search?grouping=records&q=" + Html.url("GLaM kind:talk")).get("hits").get(0).get("id").asText();
        var paper = api("/api/v1/search?grouping=records&q=" + Html.url("imagen kind:paper")).get("hits").get(0).get("id").asText();
        assertThat(fixture.get("/records/" + talk).body()).contains("action=\"/planner/star\"").contains("value=\"" + talk + "\"");
        assertThat(fixture.get("/records/" + paper).body()).doesNotContain("/planner/star");
        assertThat(fixture.send("PUT", "/api/v1/agenda/" + talk, null).statusCode()).isEqualTo(200);
        assertThat(fixture.get("/records/" + talk).body()).contains("action=\"/planner/unstar\"").contains("★ Starred");
        assertThat(fixture.send("DELETE", "/api/v1/agenda/" + talk, null).statusCode()).isEqualTo(204);
    }

    @Test
    void formPostsFromTheWorkPageNeedTheWriteCookie() {
        var talk = api("/api/v1/search?grouping=records&q=" + Html.url("GLaM kind:talk")).get("hits").get(0).get("id").asText();
        var anonymous = fixture.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(fixture.url("/planner/star")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("id=" + Html.url(talk))).build());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(api("/api/v1/agenda").get("entries")).as("nothing starred").isEmpty();
    }

    @Test
    void theHomePageOffersTheSyntaxAndExamplesThatFindSomething() {
        String home = fixture.get("/").body();
        assertThat(home).contains("id=\"examples\"").contains("author:&quot;Yoshua Bengio&quot;");
        assertThat(fixture.get(Links.search("author:\"Yoshua Bengio\"")).body()).doesNotContain(">0 results");
    }

    @Test
    void thePlannerCountsTalksAndSessionsInTheRightNumber() {
        String planner = fixture.get("/planner").body();
        // the demo's schedule page has one session
        assertThat(planner).containsPattern("\\d+ talks in 1 session\\.</p>").doesNotContain(" 1 sessions");
    }
}
