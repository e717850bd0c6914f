package dev.paperscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Saved pages of each kind whose structure differs from the seed pages, each kind in two markup styles (blocks
 * of divs, tables, lists), with site chrome, entities, inline markup and a legacy encoding: they are read by
 * structure into the records of their golden file ({@code fixtures/html/unseen/NAME.expected.json}: format and,
 * per record, the fields a reader checks). Every record also names the element it came from.
 */
class UnseenHtmlPagesTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The fields compared: what the page states, as a reader would check it. */
    static ObjectNode project(SourceRecord r) {
        ObjectNode full = (ObjectNode) read(RecordJson.toJson(r));
        ObjectNode out = JSON.createObjectNode();
        for (String field : List.of("kind", "title", "authors", "author_mention", "venue", "year", "room", "session", "start", "end",
                "award", "section", "abstract")) {
            if (!full.path(field).isNull() && !(full.path(field).isArray() && full.path(field).isEmpty())) {
                out.set(field, full.get(field));
            }
        }
        if (r.extra().containsKey("date")) {
            out.put("date", String.valueOf(r.extra().get("date")));
        }
        return out;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static JsonNode expected(String page) throws IOException {
        try (InputStream in = UnseenHtmlPagesTest.class.getResourceAsStream("/fixtures/html/unseen/" + page.replace(".html", ".expected.json"))) {
            return JSON.readTree(in);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"orals-blocks.html", "orals-table.html", "awards-sections.html", "awards-table.html",
            "blog-excerpts.html", "blog-postlist.html", "awesome-list.html", "reading-table.html", "schedule-table.html",
            "schedule-divs.html"})
    void readsAsItsGoldenRecords(String page) throws Exception {
        SourceDocument doc = HtmlFixturesTest.fixture("unseen/" + page);
        assertTrue(doc.isHtml(), page + " is read as HTML");
        JsonNode expected = expected(page);
        Formats.ParsedFile parsed = Formats.parse(doc, Optional.empty());
        assertEquals(expected.get("format").asText(), parsed.format(), page + ": format");
        List<JsonNode> want = new ArrayList<>();
        expected.get("records").forEach(want::add);
        ArrayNode got = JSON.createArrayNode();
        parsed.records().forEach(r -> got.add(project(r)));
        int matching = 0;
        for (int i = 0; i < Math.min(want.size(), got.size()); i++) {
            matching += want.get(i).equals(got.get(i)) ? 1 : 0;
        }
        System.out.printf("%s: %d records found, %d expected, %d as expected%n", page, got.size(), want.size(), matching);
        assertEquals(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(expected.get("records")),
                JSON.writerWithDefaultPrettyPrinter().writeValueAsString(got), page + ": records");
        for (SourceRecord r : parsed.records()) {
            assertEquals(doc.elementAt(r.source().line()).orElseThrow(), r.source().element(), page + ": element of " + r.title());
        }
    }
}
