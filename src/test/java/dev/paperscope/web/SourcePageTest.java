package dev.paperscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.ingest.SourceRecord;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "View in page" over HTTP, without a browser: a record's card links to its lines in its file; the view shows
 * the file's text escaped with numbered anchors, marks the record's lines and names the element of a saved
 * HTML page; markup and scripts of the page cannot run in it; unknown, changed and missing files say so.
 */
class SourcePageTest {
    @TempDir
    static Path tmp;
    static ServerFixture fixture;
    static Path savedPage;

    /** An oral listing saved from a site that tries to run script: in its head, body, an attribute and as text. */
    static final String HOSTILE_PAGE = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>Orals</title>
            <script>window.__pwned = 1</script></head>
            <body onload="window.__pwned = 2"><nav><a href="/">Home</a></nav>
            <main>
            <div id="paper-1"><div>Ada Quill · Brook Larsen</div><div>[ Hall A ]</div>
            <p>We study how saved pages carry &lt;script&gt;alert('x')&lt;/script&gt; text that a viewer must show as text, not run.</p></div>
            <div id="paper-2"><div>Cyril Mott · Dana Ivers</div>
            <p>A second entry whose abstract has an <img src=x onerror="window.__pwned = 3">image and a <a href="javascript:alert(1)">link</a> in it.</p></div>
            <script>document.write('<p>injected</p>')</script>
            </main></body></html>
            """;

    @BeforeAll
    static void start() {
        savedPage = ServerFixture.write(tmp.resolve("pages/orals.html"), HOSTILE_PAGE);
        fixture = ServerFixture.demo(tmp, List.of(savedPage, ServerFixture.write(tmp.resolve("hostile.jsonl"), ServerFixture.HOSTILE_JSONL)));
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    static List<SourceRecord> recordsOf(String file) {
        List<SourceRecord> out = new ArrayList<>();
        fixture.paperscope().exportRecords(r -> {
            if (r.source().file().equals(file)) {
                out.add(r);
            }
        });
        return out;
    }

    /** The "view in page" link of the record's card on its record page. */
    static String viewLink(SourceRecord r) {
        HttpResponse<String> card = fixture.get(Links.record(r.id()));
        assertThat(card.statusCode()).isEqualTo(200);
        Matcher m = Pattern.compile("id=\"" + Pattern.quote(r.id()) + "\".*?class=\"view-in-page\" href=\"([^\"]+)\"", Pattern.DOTALL)
                .matcher(card.body());
        assertThat(m.find()).as("the card of " + r.id() + " links to its place in the page").isTrue();
        return m.group(1).replace("&amp;", "&");
    }

    @Test
    void aRecordOfASavedPageLinksToItsLinesAndElementWithNothingOfThePageRunning() {
        List<SourceRecord> records = recordsOf("orals.html");
        assertThat(records).hasSize(2);
        SourceRecord second = records.get(1);
        String link = viewLink(second);
        assertThat(link).startsWith("/source?file=orals.html&line=" + second.source().line()).endsWith("#L" + second.source().line());
        HttpResponse<String> view = fixture.get(link);
        assertThat(view.statusCode()).isEqualTo(200);
        assertThat(view.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'none'")
                .doesNotContain("script-src");
        String body = view.body();
        assertThat(body).doesNotContainIgnoringCase("<script").doesNotContain("onload=").doesNotContain("<img")
                .doesNotContain("onerror=").doesNotContain("javascript:").doesNotContain("injected")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        assertThat(body).contains("<tr id=\"L" + second.source().line() + "\" class=\"marked\">");
        assertThat(body).contains("<code class=\"element\">" + Html.text(second.source().element()) + "</code>");
        assertThat(second.source().element()).startsWith("#paper-2");
        assertThat(body).as("the first record's lines are not marked").doesNotContain("<tr id=\"L" + records.get(0).source().line() + "\" class=\"marked\">");
    }

    @Test
    void aRecordOfATextFileIsShownAtItsLineEscaped() {
        SourceRecord hostile = recordsOf("hostile.jsonl").getFirst();
        String body = fixture.get(viewLink(hostile)).body();
        assertThat(body).contains("<tr id=\"L1\" class=\"marked\">").doesNotContain("<script>window")
                .contains("&lt;script&gt;window.__pwned = 1&lt;/script&gt;").doesNotContain("class=\"el\"");
    }

    @Test
    void aBundledDemoPageIsShownToo() {
        SourceRecord talk = recordsOf("004_d2faed4b193087f1.txt").getFirst();
        HttpResponse<String> view = fixture.get(viewLink(talk));
        assertThat(view.statusCode()).isEqualTo(200);
        assertThat(view.body()).contains("the bundled demo data").contains("GLaM: Efficient Scaling");
    }

    @Test
    void unknownFilesAndLinesBeyondTheEndSaySo() {
        HttpResponse<String> unknown = fixture.get("/source?file=" + Html.url("<b>nope</b>.html") + "&line=1");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("no stored file is named").contains("&lt;b&gt;nope").doesNotContain("<b>nope");
        HttpResponse<String> beyond = fixture.get("/source?file=orals.html&line=900000");
        assertThat(beyond.statusCode()).isEqualTo(200);
        assertThat(beyond.body()).contains("is not among them");
        assertThat(fixture.get("/source").statusCode()).isEqualTo(400);
    }

    @Test
    void aFileChangedSinceItWasIngestedIsNotShownAsTheRecordsSource() {
        Path changed = ServerFixture.write(tmp.resolve("pages/changed.jsonl"), "{\"title\": \"A Paper Read Once\", \"year\": 2020}\n");
        fixture.paperscope().ingest(List.of(changed), java.util.Optional.empty(), dev.paperscope.app.IngestListener.NONE);
        ServerFixture.write(changed, "{\"title\": \"Another Paper Since\", \"year\": 2021}\n");
        HttpResponse<String> view = fixture.get("/source?file=changed.jsonl&line=1");
        assertThat(view.statusCode()).isEqualTo(409);
        assertThat(view.body()).contains("has changed since it was ingested").doesNotContain("Another Paper Since");
    }
}
