package dev.paperscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each seed page, written as HTML in several markup styles inside a site's boilerplate, reads as the same
 * records as its text: same format, titles, authors, rooms, times, awards, sections and abstracts.
 */
class HtmlSeedPagesTest {
    static Stream<Arguments> pages() {
        List<Arguments> out = new ArrayList<>();
        for (String seed : ConferencePages.SEEDS) {
            for (HtmlPages.Style style : HtmlPages.Style.values()) {
                out.add(Arguments.of(seed, style));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("pages")
    void htmlPageReadsAsItsText(String seed, HtmlPages.Style style) throws ParseException {
        SourceDocument text = ConferencePages.seed(seed);
        String html = HtmlPages.page(text.text(), style);
        SourceDocument page = SourceDocument.of(seed, html.getBytes(StandardCharsets.UTF_8));
        assertTrue(page.isHtml(), "detected as HTML by its content");
        Formats.ParsedFile expected = Formats.parse(text, Optional.empty());
        Formats.ParsedFile actual = Formats.parse(page, Optional.empty());
        assertEquals(expected.format(), actual.format());
        assertEquals(expected.records().size(), actual.records().size(), "record count");
        for (int i = 0; i < expected.records().size(); i++) {
            assertEquals(comparable(expected.records().get(i)), comparable(actual.records().get(i)), "record " + i);
            SourceRecord r = actual.records().get(i);
            assertNotNull(r.source().element(), "record " + i + " names the element it came from");
            assertEquals(page.elementAt(r.source().line()).orElseThrow(), r.source().element());
        }
    }

    /** A record without what depends on the file's bytes and layout (provenance, raw lines, line numbers in derivations). */
    private static final java.util.regex.Pattern LINE = java.util.regex.Pattern.compile("\\bline \\d+");

    static String comparable(SourceRecord r) {
        SourceRecord bare = new SourceRecord(r.id(), r.kind(), r.title(), r.authors(), r.abstractText(), r.venue(), r.year(), r.room(),
                r.session(), r.moderator(), r.start(), r.end(), r.award(), r.section(), r.url(), r.authorMention(),
                new Source("f", 1, "", r.source().format()), r.extra(),
                r.derived().stream().map(d -> new Derivation(d.field(), LINE.matcher(d.reason()).replaceAll("line N"))).toList(), "");
        return RecordJson.toJson(bare);
    }
}
