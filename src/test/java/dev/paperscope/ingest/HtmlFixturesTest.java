package dev.paperscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Hand-written saved pages of each kind, marked up as sites do (head with scripts and styles, skip links,
 * navigation menus, a cookie dialog, sidebar, footer, inline links, entities, a legacy encoding): their
 * records come out, the chrome does not, and each record names the element it came from.
 */
class HtmlFixturesTest {
    private static final List<String> CHROME = List.of("cookie", "privacy", "primary menu", "recent posts", "wordpress",
            "calendar", "injected", "datalayer", "rss", "successful page load", "abstract\n");

    static SourceDocument fixture(String name) throws IOException, ParseException {
        try (InputStream in = HtmlFixturesTest.class.getResourceAsStream("/fixtures/html/" + name)) {
            return SourceDocument.of(name, in.readAllBytes());
        }
    }

    static List<SourceRecord> records(String name, String format) throws IOException, ParseException {
        SourceDocument doc = fixture(name);
        assertTrue(doc.isHtml(), name + " is read as HTML");
        String shown = doc.text().toLowerCase(java.util.Locale.ROOT);
        for (String chrome : CHROME) {
            assertFalse(shown.contains(chrome), name + " shows '" + chrome + "':\n" + doc.text());
        }
        Formats.ParsedFile parsed = Formats.parse(doc, Optional.empty());
        assertEquals(format, parsed.format());
        for (SourceRecord r : parsed.records()) {
            assertEquals(doc.elementAt(r.source().line()).orElseThrow(), r.source().element());
        }
        return parsed.records();
    }

    @Test
    void oralListingWithNavigationCookieDialogAndFooter() throws Exception {
        List<SourceRecord> r = records("icml-orals.html", "oral-listing");
        assertEquals(3, r.size());
        assertEquals(List.of("Kanika Madan", "Jarrid Rector-Brooks", "Maksym Korablyov"), r.get(0).authors());
        assertEquals("Ballroom C", r.get(0).room());
        assertTrue(r.get(0).abstractText().startsWith("Generative flow networks are a family"));
        assertTrue(r.get(0).abstractText().contains("have been successfully used"), "inline markup stays in its line");
        assertEquals("Ballroom B", r.get(1).room(), "no-break spaces around a room are not part of it");
        assertTrue(r.get(1).abstractText().startsWith("Artificial agents"), "a disclosure's label is not the abstract");
        assertEquals(null, r.get(2).room());
        assertEquals(List.of("Yunbei Xu", "Assaf Zeevi"), r.get(2).authors());
        assertEquals("#event-21503 > div:nth-child(1)", r.get(0).source().element());
    }

    @Test
    void awardListingInTablesAndWindows1252() throws Exception {
        List<SourceRecord> r = records("neurips-awards-cp1252.html", "award-listing");
        assertEquals(3, r.size());
        assertEquals("Outstanding Paper", r.get(0).award());
        assertEquals("Renée Dupré", r.get(0).authors().getLast(), "decoded as the page's declared windows-1252");
        assertTrue(r.get(0).abstractText().endsWith("“significantly undertrained”."));
        assertEquals("Hall J", r.get(1).room());
        assertEquals("Outstanding Datasets and Benchmarks Paper", r.get(2).award());
        assertEquals(null, r.get(2).room());
    }

    @Test
    void sessionScheduleAsATable() throws Exception {
        List<SourceRecord> r = records("icml-session.html", "session-schedule");
        assertEquals(2, r.size());
        assertEquals("GLaM: Efficient Scaling of Language Models with Mixture-of-Experts", r.get(0).title());
        assertEquals(List.of("Nan Du", "Yanping Huang", "Andrew Dai"), r.get(0).authors());
        assertEquals("Hall G", r.get(0).room());
        assertEquals("Ning Yu", r.get(0).moderator());
        assertEquals("2022-07-21T12:30-07:00", r.get(0).start().toString());
        assertEquals("2022-07-21T12:40-07:00", r.get(1).end().toString());
        assertEquals("Object Permanence Emerges in a Random Walk along Memory", r.get(1).title());
        assertTrue(r.get(1).source().element().startsWith("#talk-2"), r.get(1).source().element());
    }

    @Test
    void blogTagArchiveWithBannerSidebarAndPostHeaders() throws Exception {
        List<SourceRecord> r = records("blog-tag-archive.html", "blog-archive");
        assertEquals(List.of("Cappy: Outperforming and boosting large multi-task language models with a small scorer",
                "Google at NeurIPS 2022", "Photorealistic Text-to-Image Diffusion Models with Deep Language Understanding",
                "Transformer Memory as a Differentiable Search Index", "Emergent Abilities of Large Language Models"),
                r.stream().map(SourceRecord::title).toList());
        assertEquals(RecordKind.BLOG_POST, r.get(0).kind());
        assertEquals("NeurIPS", r.get(0).venue());
        assertEquals(2023, r.get(0).year());
        assertEquals("Google AI Blog", r.get(0).extra().get("attribution"));
        assertEquals(List.of("Chitwan Saharia", "William Chan", "Saurabh Saxena", "Lala Li", "Jay Whang"), r.get(2).authors());
        assertEquals("Outstanding Paper Award", r.get(2).award());
        assertEquals("Spotlight Papers", r.get(4).section());
        assertTrue(r.get(0).source().element().startsWith("#post-101"), r.get(0).source().element());
    }

    @Test
    void readingListWithHeadingsListsAndFormulas() throws Exception {
        List<SourceRecord> r = records("reading-list.html", "reading-list");
        assertEquals(List.of("Noise-contrastive estimation: A new estimation principle for unnormalized statistical models",
                "Very Deep Convolutional Networks for Large-Scale Image Recognition", "Attention Is All You Need"),
                r.stream().map(SourceRecord::title).toList());
        assertEquals("Computer Vision", r.get(0).section());
        assertEquals("NLP", r.get(2).section());
        assertEquals("AISTATS", r.get(0).venue());
        assertEquals(2010, r.get(0).year());
        assertTrue(r.get(1).abstractText().contains("a stack of $3 \\times 3$ convolution filters is better than a single $7 \\times 7$ layer."),
                "formulas as their TeX, once: " + r.get(1).abstractText());
        assertTrue(r.get(1).abstractText().contains("\n1. Small filters stacked deep.\n2. Depth matters."), r.get(1).abstractText());
        assertEquals("#nce", r.get(0).source().element());
    }
}
