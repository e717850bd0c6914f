package dev.paperscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages as HTML over HTTP: escaping, errors as pages, assets served from the jar. */
class PagesTest {
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

    @Test
    void theHostileRecordIsEscapedOnEveryPage() throws Exception {
        HttpResponse<String> results = fixture.get("/search?q=HostileConf");
        assertThat(results.statusCode()).isEqualTo(200);
        assertThat(results.body()).doesNotContain("<script>window").contains("&lt;script&gt;window.__pwned")
                .doesNotContain("<img src=x").contains("&lt;img src=x onerror=alert(1)&gt;");
        String id = com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(
                fixture.get("/api/v1/search?q=HostileConf").body()).get("hits").get(0).get("id").asText();
        HttpResponse<String> record = fixture.get("/records/" + id);
        assertThat(record.statusCode()).isEqualTo(200);
        assertThat(record.body()).doesNotContain("<script>alert").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .doesNotContain("<b>All</b>");
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
}
