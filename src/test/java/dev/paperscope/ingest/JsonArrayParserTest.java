package dev.paperscope.ingest;

import static dev.paperscope.ingest.StructuredFixtures.doc;
import static dev.paperscope.ingest.StructuredFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonArrayParserTest {
    private final JsonArrayParser parser = new JsonArrayParser();

    /** An unseen, pretty-printed wrapper: metadata members beside the record array, author objects, a string year. */
    @Test
    void readsTheRecordArrayOfAWrapperObject() throws Exception {
        SourceDocument doc = fixture("aistats2024.json");
        List<SourceRecord> records = parser.parse(doc);

        assertThat(records).hasSize(3);
        SourceRecord conformal = records.get(0);
        assertThat(conformal.title()).isEqualTo("Conformal Prediction under Label Shift");
        assertThat(conformal.authors()).containsExactly("Hana Kim", "Omar Haddad");
        assertThat(conformal.abstractText()).isEqualTo("Coverage guarantees survive label shift when weights are estimated.");
        assertThat(conformal.venue()).isEqualTo("AISTATS");
        assertThat(conformal.year()).isEqualTo(2024);
        assertThat(conformal.award()).isEqualTo("Best Paper");
        assertThat(conformal.extra()).containsEntry("source_id", "A-17").containsEntry("authors", List.of(
                Map.of("name", "Hana Kim", "affiliation", "KAIST"), Map.of("name", "Omar Haddad", "affiliation", "EPFL")));
        assertThat(conformal.source().line()).isEqualTo(6);
        assertThat(conformal.raw()).startsWith("{\n      \"id\": \"A-17\",").endsWith("\"award\": \"Best Paper\"\n    }");

        SourceRecord queues = records.get(1);
        assertThat(queues.source().line()).isEqualTo(15);
        assertThat(queues.authors()).containsExactly("Wei Zhang", "Sofia Costa");
        assertThat(queues.year()).isEqualTo(2024);
        assertThat(queues.url()).isEqualTo("https://example.org/aistats/18");
        assertThat(queues.raw()).isEqualTo(doc.lines().get(14).strip().replaceAll(",$", ""));

        assertThat(records.get(2).source().line()).isEqualTo(16);
        assertThat(records.get(2).extra()).containsEntry("poster_number", 42);
    }

    @Test
    void readsATopLevelArrayOnOneLine() throws Exception {
        SourceDocument doc = doc("min.json", "[{\"title\":\"A\",\"authors\":\"X Y\"},{\"title\":\"B\"}]");
        List<SourceRecord> records = parser.parse(doc);

        assertThat(records).extracting(SourceRecord::title).containsExactly("A", "B");
        assertThat(records).extracting(r -> r.source().line()).containsExactly(1, 1);
        assertThat(records.get(1).raw()).isEqualTo("{\"title\":\"B\"}");
    }

    @Test
    void theLargestArrayOfObjectsIsTheRecordList() throws Exception {
        SourceDocument doc = doc("wrap.json", """
                {"chairs": [{"name": "P Q"}],
                 "items": [{"title": "A"}, {"title": "B"}],
                 "tags": ["x", "y", "z"]}
                """);

        assertThat(parser.parse(doc)).extracting(SourceRecord::title).containsExactly("A", "B");
    }

    @Test
    void anElementThatIsNotAnObjectFailsAtItsLine() throws Exception {
        SourceDocument doc = doc("mixed.json", """
                [
                  {"title": "A"},
                  "just a string",
                  {"title": "C"}
                ]
                """);

        assertThatThrownBy(() -> parser.parse(doc)).hasMessage("mixed.json:3: record 2 of the array is a string, not an object");
    }

    @Test
    void brokenJsonFailsAtTheLineOfTheError() throws Exception {
        SourceDocument doc = doc("broken.json", """
                [
                  {"title": "A"},
                  {"title": "B" "authors": []},
                  {"title": "C"}
                ]
                """);

        assertThatThrownBy(() -> parser.parse(doc)).isInstanceOf(ParseException.class).hasMessageStartingWith("broken.json:3: broken JSON");
    }

    @Test
    void truncatedDocumentFails() throws Exception {
        SourceDocument doc = doc("cut.json", "[\n  {\"title\": \"A\"},\n  {\"title\": \"B\"");

        assertThatThrownBy(() -> parser.parse(doc)).hasMessageStartingWith("cut.json:3: broken JSON");
    }

    @Test
    void anEmptyRecordFailsAtTheLineWhereItsObjectStarts() throws Exception {
        SourceDocument doc = doc("empty.json", "[\n  {\"title\": \"A\"},\n  {\n    \"id\": 9\n  }\n]");

        assertThatThrownBy(() -> parser.parse(doc)).hasMessage("empty.json:3: bad record: record has neither title, authors nor abstract");
    }

    @Test
    void contentAfterTheDocumentFails() throws Exception {
        SourceDocument doc = doc("two.json", "[{\"title\": \"A\"}]\n[{\"title\": \"B\"}]\n");

        assertThatThrownBy(() -> parser.parse(doc)).hasMessage("two.json:2: unexpected content after the end of the JSON document");
    }

    @Test
    void wrapperWithoutRecordArrayFails() throws Exception {
        assertThatThrownBy(() -> parser.parse(doc("meta.json", "{\"conference\": \"X\", \"tags\": [\"a\"]}")))
                .hasMessage("meta.json:1: the JSON object holds no array of record objects");
    }

    @Test
    void jsonLinesNamedAsJsonFails() throws Exception {
        assertThatThrownBy(() -> Formats.parse(fixture("icml2023-sample.jsonl"), Optional.of("json")))
                .hasMessageStartingWith("icml2023-sample.jsonl:1: the JSON object holds no array");
    }

    @Test
    void detectsArraysAndWrappersOfRecordObjects() throws Exception {
        assertThat(parser.detect(fixture("aistats2024.json"))).isGreaterThanOrEqualTo(0.8);
        assertThat(parser.detect(doc("a.json", "[{\"title\": \"A\"}]"))).isGreaterThanOrEqualTo(0.9);
        assertThat(parser.detect(doc("n.json", "[1, 2, 3]"))).isZero();
        assertThat(parser.detect(doc("o.json", "{\"title\": \"A\", \"authors\": [\"X\"]}"))).isZero();
        assertThat(parser.detect(fixture("corl2024.jsonl"))).isZero();
        // broken but plainly an array of objects: claimed so that parsing reports the line
        assertThat(parser.detect(doc("b.json", "[\n{\"title\": \"A\"\n"))).isGreaterThanOrEqualTo(0.5);
        // broken inside: claimed at 0.5; well-formed as far as it goes (a head, or a cut file): 0.9
        assertThat(parser.detect(doc("c.json", "[\n{\"title\": \"A\" \"x\"\n"))).isEqualTo(0.5);
    }
}
