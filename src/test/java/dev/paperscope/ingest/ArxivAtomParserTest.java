package dev.paperscope.ingest;

import static dev.paperscope.ingest.StructuredFixtures.doc;
import static dev.paperscope.ingest.StructuredFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArxivAtomParserTest {
    private final ArxivAtomParser parser = new ArxivAtomParser();

    @Test
    void readsArxivEntriesFieldByField() throws Exception {
        SourceDocument doc = fixture("arxiv-feed.xml");
        List<SourceRecord> records = parser.parse(doc);

        assertThat(records).hasSize(2);
        SourceRecord moe = records.get(0);
        assertThat(moe.title()).isEqualTo("Sparse Mixtures of Experts at Scale");
        assertThat(moe.abstractText()).isEqualTo("We train sparse mixtures of experts with a trillion parameters & show that routing matters.");
        assertThat(moe.authors()).containsExactly("Noor Aziz", "Felix Wagner");
        assertThat(moe.year()).isEqualTo(2024);
        assertThat(moe.venue()).isNull();
        assertThat(moe.url()).isEqualTo("http://arxiv.org/abs/2405.00001v2");
        assertThat(moe.source()).isEqualTo(doc.sourceAt(8, "arxiv-atom"));
        assertThat(moe.extra())
                .containsEntry("source_id", "http://arxiv.org/abs/2405.00001v2")
                .containsEntry("pdf_url", "http://arxiv.org/pdf/2405.00001v2")
                .containsEntry("primary_category", "cs.LG")
                .containsEntry("categories", List.of("cs.LG", "stat.ML"))
                .containsEntry("journal_ref", "ICML 2024")
                .containsEntry("comment", "12 pages, 4 figures")
                .containsEntry("published", "2024-05-01T17:59:59Z")
                .containsEntry("updated", "2024-05-03T12:00:00Z")
                .containsEntry("authors", List.of(Map.of("name", "Noor Aziz", "affiliation", "University of Toronto"),
                        Map.of("name", "Felix Wagner")));
        assertThat(moe.derived()).containsExactly(
                new Derivation("title", "line breaks and indentation of the feed collapsed to single spaces"),
                new Derivation("abstract", "line breaks and indentation of the feed collapsed to single spaces"),
                new Derivation("year", "from published '2024-05-01T17:59:59Z'"));
        assertThat(moe.raw()).isEqualTo(String.join("\n", doc.lines().subList(7, 32)));

        SourceRecord tiny = records.get(1);
        assertThat(tiny.source().line()).isEqualTo(33);
        assertThat(tiny.authors()).containsExactly("Li Wei");
        assertThat(tiny.extra()).containsEntry("categories", List.of("cs.CL")).doesNotContainKey("authors");
        assertThat(tiny.derived()).containsExactly(new Derivation("year", "from published '2024-04-30T08:00:00Z'"));
    }

    @Test
    void externalEntitiesAreNeverResolved() throws Exception {
        SourceDocument doc = doc("xxe.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE feed [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <feed xmlns="http://www.w3.org/2005/Atom"><entry><title>&secret;</title></entry></feed>
                """);

        assertThatThrownBy(() -> parser.parse(doc))
                .isInstanceOf(ParseException.class)
                .hasMessageStartingWith("xxe.xml:2: a DTD (<!DOCTYPE ...>) is not allowed")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("root:"));
    }

    @Test
    void entityExpansionFailsFastInsteadOfExpanding() throws Exception {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE feed [<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        SourceDocument doc = doc("laughs.xml", "<?xml version=\"1.0\"?>\n" + dtd + "]>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>&l9;</title></entry></feed>\n");

        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(() -> parser.parse(doc)).isInstanceOf(ParseException.class).hasMessageContaining("DTD"));
        assertThat(parser.detect(doc)).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void malformedXmlFailsAtTheLineOfTheError() throws Exception {
        SourceDocument doc = doc("bad.xml", """
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <entry>
                    <title>Open</title>
                    <summary>never closed
                  </entry>
                </feed>
                """);

        assertThatThrownBy(() -> parser.parse(doc)).isInstanceOf(ParseException.class).hasMessageStartingWith("bad.xml:5: malformed XML:");
    }

    @Test
    void truncatedFeedFails() throws Exception {
        SourceDocument doc = doc("cut.xml", "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<entry>\n<title>A</title>\n</entry>\n<entry>\n<title>B");

        assertThatThrownBy(() -> parser.parse(doc)).hasMessageStartingWith("cut.xml:6: malformed XML:");
    }

    @Test
    void anEntryWithoutTitleAuthorsOrSummaryFailsAtItsLine() throws Exception {
        SourceDocument doc = doc("bare.xml", "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n  <entry><title>A</title></entry>\n"
                + "  <entry>\n    <id>urn:x</id>\n  </entry>\n</feed>\n");

        assertThatThrownBy(() -> parser.parse(doc)).hasMessage("bare.xml:3: bad record: record has neither title, authors nor abstract");
    }

    @Test
    void otherXmlIsNotAFeed() throws Exception {
        SourceDocument rss = doc("rss.xml", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><item><title>A</title></item></channel></rss>\n");

        assertThat(parser.detect(rss)).isZero();
        assertThatThrownBy(() -> Formats.parse(rss, Optional.of("arxiv-atom")))
                .hasMessage("rss.xml:2: not an Atom feed: the root element is <rss>, not <feed>");
        assertThatThrownBy(() -> Formats.parse(fixture("aistats2024.json"), Optional.of("arxiv-atom")))
                .hasMessageStartingWith("aistats2024.json:1: malformed XML:");
    }

    @Test
    void anEmptyFeedGivesNoRecords() throws Exception {
        SourceDocument doc = doc("empty.xml", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Nothing</title></feed>");

        assertThatThrownBy(() -> Formats.parse(doc, Optional.of("arxiv-atom"))).hasMessage("empty.xml:1: no records found when read as arxiv-atom");
    }

    @Test
    void detectsTheAtomRootElement() throws Exception {
        assertThat(parser.detect(fixture("arxiv-feed.xml"))).isGreaterThanOrEqualTo(0.9);
        assertThat(parser.detect(doc("plain.xml", "<feed><entry><title>A</title></entry></feed>"))).isEqualTo(0.6);
        assertThat(parser.detect(doc("other.xml", "<feed xmlns=\"urn:other\"/>"))).isZero();
        assertThat(parser.detect(doc("page.html", "<html><body><p>Hello</p></body></html>"))).isZero();
    }
}
