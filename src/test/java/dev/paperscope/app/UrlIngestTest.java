package dev.paperscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperscope.catalog.IngestOutcome;
import dev.paperscope.catalog.StoredFile;
import dev.paperscope.catalog.UrlSource;
import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.ingest.fetch.FetchSettings;
import dev.paperscope.ingest.fetch.LoopbackServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingesting pages by URL and refreshing them, end to end against a loopback server. */
class UrlIngestTest {
    static final FetchSettings FAST = FetchSettings.DEFAULT.withHostDelay(Duration.ZERO).withReadTimeout(Duration.ofSeconds(5));
    static final String ENTRY = """
            <div class="card" id="e%d"><div class="authors"><a href="/a">%s</a> &middot; <a href="/b">Bo Kim</a></div>
            <div>[ Hall %s ]</div><p>%s</p></div>
            """;
    @TempDir
    Path dir;
    private LoopbackServer server;
    private Paperscope ps;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
        ps = Paperscope.open(dir.resolve("data"));
    }

    @AfterEach
    void stop() {
        ps.close();
        server.close();
    }

    static String orals(String... entries) {
        StringBuilder body = new StringBuilder("<!DOCTYPE html><html><head><title>Orals</title><script>var x = 1;</script></head><body>"
                + "<nav><a href='/'>Home</a></nav><main>");
        for (int i = 0; i < entries.length; i++) {
            String[] e = entries[i].split("\\|");
            body.append(ENTRY.formatted(i, e[0], e[1], e[2]));
        }
        return body.append("</main><footer>&copy; 2023 Conference</footer></body></html>").toString();
    }

    private static final String A = "Ann Lee|A|We study alpha networks for vision and find that they work well on many benchmarks today.";
    private static final String B = "Cy Chen|B|We present beta priors in practice and show that they are simple to use and to extend.";
    private static final String C = "Dee Diaz|C|Gamma ray transformers read cosmic rays as tokens and predict their sources quite well.";

    private FileResult ingest(String path) {
        List<FileResult> r = ps.pages().ingest(List.of(server.url(path)), Optional.empty(), Optional.empty(), IngestListener.NONE, FAST).files();
        assertEquals(1, r.size());
        return r.getFirst();
    }

    private List<SourceRecord> records() {
        List<SourceRecord> out = new ArrayList<>();
        ps.exportRecords(out::add);
        return out;
    }

    @Test
    void aPageIsFetchedParsedAndKeptWithItsProvenance() {
        server.page("/orals", "text/html; charset=utf-8", orals(A, B));
        FileResult r = ingest("/orals");
        assertEquals(null, r.error(), r.error());
        assertEquals(IngestOutcome.Status.ADDED, r.outcome().status());
        assertEquals("oral-listing", r.outcome().format());
        assertEquals(2, r.outcome().records());
        StoredFile f = ps.files().getFirst();
        assertEquals(server.url("/orals"), f.path(), "a URL source is identified by its URL");
        UrlSource source = ps.pages().sources().getFirst();
        assertEquals(f.name(), source.file());
        assertEquals(server.url("/orals"), source.finalUrl());
        assertEquals("text/html", source.mediaType());
        assertNotNull(java.time.Instant.parse(source.fetchedAt()));
        SourceRecord first = records().getFirst();
        assertEquals(List.of("Ann Lee", "Bo Kim"), first.authors());
        assertEquals("Hall A", first.room());
        assertEquals("#e0 > div:nth-child(1)", first.source().element());
        assertEquals(f.name(), first.source().file());
        assertEquals(1, ps.search("alpha networks", 5, dev.paperscope.search.Bm25Params.DEFAULT).total(), "searchable");
    }

    @Test
    void ingestingTheSameUrlAgainChangesNothing() {
        server.page("/orals", "text/html", orals(A, B));
        ingest("/orals");
        long generation = ps.catalog().generation();
        FileResult again = ingest("/orals");
        assertEquals(IngestOutcome.Status.UNCHANGED, again.outcome().status());
        assertEquals(generation, ps.catalog().generation());
    }

    @Test
    void refreshUnchangedChangedGoneAndOffline() {
        server.page("/orals", "text/html", orals(A, B));
        ingest("/orals");
        List<String> ids = records().stream().map(SourceRecord::id).toList();
        long generation = ps.catalog().generation();

        RefreshResult unchanged = ps.pages().refresh(List.of(), FAST).getFirst();
        assertEquals(RefreshResult.Status.UNCHANGED, unchanged.status());
        assertEquals(generation, ps.catalog().generation(), "an unchanged page changes nothing");

        String changedB = B.replace("simple to use", "simple to use and fast");
        server.page("/orals", "text/html", orals(A, changedB, C));
        RefreshResult updated = ps.pages().refresh(List.of(server.url("/orals")), FAST).getFirst();
        assertEquals(RefreshResult.Status.UPDATED, updated.status());
        assertEquals(new IngestOutcome.Changes(1, 0, 1), updated.outcome().changes());
        assertEquals(3, records().size());
        assertTrue(records().stream().map(SourceRecord::id).toList().containsAll(ids), "ids stay stable under edits");

        server.status("/orals", 404);
        RefreshResult gone = ps.pages().refresh(List.of(), FAST).getFirst();
        assertEquals(RefreshResult.Status.GONE, gone.status());
        assertTrue(gone.message().contains("HTTP 404") && gone.message().contains("kept its 3 records"), gone.message());
        assertEquals(3, records().size(), "a page that is gone keeps its records");
        assertTrue(ps.pages().sources().getFirst().problem().contains("404"));

        String url = server.url("/orals");
        server.close();
        RefreshResult offline = ps.pages().refresh(List.of(url), FAST).getFirst();
        assertEquals(RefreshResult.Status.FAILED, offline.status());
        assertTrue(offline.message().contains("cannot connect") && offline.message().contains("nothing changed"), offline.message());
        assertEquals(3, records().size());
    }

    @Test
    void aPageThatNoLongerParsesKeepsTheStoredVersion() {
        server.page("/orals", "text/html", orals(A, B));
        ingest("/orals");
        server.page("/orals", "text/html", "<html><body><p>Maintenance: back soon.</p></body></html>");
        RefreshResult r = ps.pages().refresh(List.of(), FAST).getFirst();
        assertEquals(RefreshResult.Status.FAILED, r.status());
        assertTrue(r.message().contains("stored version and its records are kept"), r.message());
        assertEquals(2, records().size());
    }

    @Test
    void refreshingAnUnknownUrlSaysSo() {
        RefreshResult r = ps.pages().refresh(List.of(server.url("/never")), FAST).getFirst();
        assertEquals(RefreshResult.Status.FAILED, r.status());
        assertTrue(r.message().contains("not a URL source"), r.message());
    }

    @Test
    void theContentDecidesWhenTheTypeIsWrongOrMissing() {
        server.page("/json-as-html", "text/html", """
                [{"title": "Attention Is All You Need", "authors": ["Ashish Vaswani"], "year": 2017}]""");
        server.page("/html-as-text", "text/plain", orals(A, B));
        server.page("/bib-untyped", null, """
                @article{vaswani2017, title = {Attention Is All You Need}, author = {Vaswani, Ashish}, year = {2017}}
                """);
        server.page("/png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        server.page("/latin1-csv", "text/csv; charset=ISO-8859-1", "title,authors,year\n\"Caf\u00e9 Networks\",Ren\u00e9e Dupr\u00e9,2020\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        List<String> urls = List.of("/json-as-html", "/html-as-text", "/bib-untyped", "/png", "/latin1-csv").stream().map(server::url).toList();
        List<FileResult> r = ps.pages().ingest(urls, Optional.empty(), Optional.empty(), IngestListener.NONE, FAST).files();
        assertEquals("json", r.get(0).outcome().format());
        assertEquals("oral-listing", r.get(1).outcome().format());
        assertEquals("bibtex", r.get(2).outcome().format());
        assertTrue(r.get(3).failed() && r.get(3).error().contains("PNG") && r.get(3).error().contains("image/png"), r.get(3).error());
        assertEquals("csv", r.get(4).outcome().format());
        assertTrue(records().stream().anyMatch(x -> "Café Networks".equals(x.title())), "decoded from the declared charset");
    }

    @Test
    void aLocalCopyOfAFetchedPageIsACopyNotAMove() throws IOException {
        String page = orals(A, B);
        server.page("/orals", "text/html", page);
        ingest("/orals");
        Path local = java.nio.file.Files.writeString(dir.resolve("orals.html"), page);
        FileResult r = ps.ingest(List.of(local), Optional.empty(), IngestListener.NONE).files().getFirst();
        assertEquals(IngestOutcome.Status.DUPLICATE, r.outcome().status());
        assertEquals(server.url("/orals"), ps.files().getFirst().path());
    }

    @Test
    void removingAUrlSourceByItsUrl() {
        server.page("/orals", "text/html", orals(A, B));
        ingest("/orals");
        ps.changes().remove(server.url("/orals"));
        assertTrue(ps.files().isEmpty());
        assertTrue(ps.pages().sources().isEmpty(), "its fetch record goes with it");
    }
}
