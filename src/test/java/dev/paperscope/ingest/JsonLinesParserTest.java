package dev.paperscope.ingest;

import static dev.paperscope.ingest.StructuredFixtures.doc;
import static dev.paperscope.ingest.StructuredFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonLinesParserTest {
    private final JsonLinesParser parser = new JsonLinesParser();

    /** An unseen conference with other field names, a blank line, a talk and a nested object. */
    @Test
    void readsAnUnseenConferenceFileFieldByField() throws Exception {
        SourceDocument doc = fixture("corl2024.jsonl");
        List<SourceRecord> records = parser.parse(doc);

        assertThat(records).hasSize(3);
        SourceRecord grasp = records.get(0);
        assertThat(grasp.kind()).isEqualTo(RecordKind.PAPER);
        assertThat(grasp.title()).isEqualTo("Learning Dexterous Grasps from Sparse Demonstrations");
        assertThat(grasp.authors()).containsExactly("Ana Souza", "Kenji Watanabe", "Lena Fischer");
        assertThat(grasp.abstractText()).isEqualTo("We learn grasps from five demonstrations.");
        assertThat(grasp.venue()).isEqualTo("CoRL");
        assertThat(grasp.year()).isEqualTo(2024);
        assertThat(grasp.room()).isEqualTo("Hall A");
        assertThat(grasp.start()).isEqualTo(OffsetDateTime.parse("2024-11-06T00:00Z"));
        assertThat(grasp.extra()).containsEntry("source_id", 101).containsEntry("track", "Oral").containsEntry("presentation", "Oral")
                .containsEntry("meta", Map.of("pages", 12, "tags", List.of("grasping", "few-shot")));
        assertThat(grasp.derived()).extracting(Derivation::field).containsExactly("authors", "authors", "start", "year", "extra.presentation");
        assertThat(grasp.source()).isEqualTo(doc.sourceAt(1, "jsonl"));
        assertThat(grasp.raw()).isEqualTo(doc.lines().get(0));

        SourceRecord keynote = records.get(1);
        assertThat(keynote.source().line()).isEqualTo(3);
        assertThat(keynote.kind()).isEqualTo(RecordKind.TALK);
        assertThat(keynote.authors()).containsExactly("Priya Raman");
        assertThat(keynote.session()).isEqualTo("Plenary; Livestream");
        assertThat(keynote.start()).isEqualTo(OffsetDateTime.parse("2024-11-07T09:00+01:00"));
        assertThat(keynote.end()).isEqualTo(OffsetDateTime.parse("2024-11-07T10:00+01:00"));
        assertThat(keynote.extra()).containsEntry("session", List.of("Plenary", "Livestream")).containsEntry("type", "Invited Talk");

        SourceRecord sim = records.get(2);
        assertThat(sim.authors()).containsExactly("Marco Rossi", "Julia Nowak");
        assertThat(sim.url()).isEqualTo("https://example.org/corl/103.pdf");
        assertThat(sim.year()).isEqualTo(2024);
        assertThat(sim.derived()).contains(new Derivation("year", "from date '2024-11-08'"));
        assertThat(sim.extra()).containsEntry("presentation", "Spotlight").containsEntry("date", "2024-11-08");
    }

    @Test
    void keepsTheVenueTheFileStatesAndTheOralDecision() throws Exception {
        List<SourceRecord> records = parser.parse(fixture("icml2023-sample.jsonl"));

        assertThat(records).extracting(SourceRecord::venue).containsOnly("ICML");
        assertThat(records.get(2).title()).startsWith("Which Features are Learnt by Contrastive Learning?");
        assertThat(records.get(2).extra()).containsEntry("decision", "Oral").containsEntry("presentation", "Oral")
                .containsEntry("source_id", "0BS36re3Cx").containsEntry("track", "main");
        assertThat(records.get(0).abstractText()).isNull();
    }

    @Test
    void brokenJsonFailsAtItsLine() throws Exception {
        SourceDocument doc = doc("broken.jsonl", """
                {"title": "One"}

                {"title": "Two", "authors": ["A"}
                {"title": "Three"}
                """);

        assertThatThrownBy(() -> parser.parse(doc))
                .isInstanceOf(ParseException.class)
                .hasMessageStartingWith("broken.jsonl:3: broken JSON at column ")
                .satisfies(e -> assertThat(((ParseException) e).line()).isEqualTo(3));
    }

    @Test
    void truncatedLastRecordFailsAtItsLine() throws Exception {
        SourceDocument doc = doc("cut.jsonl", "{\"title\": \"One\"}\n{\"title\": \"Tw");

        assertThatThrownBy(() -> parser.parse(doc)).hasMessageStartingWith("cut.jsonl:2: broken JSON");
    }

    /** The parser's own location notes ("[Source: REDACTED …; line: 1, column: 37]") are noise beside file:line. */
    @Test
    void anUnclosedArraySaysWhereItOpenedInPlainWords() throws Exception {
        SourceDocument doc = doc("open.jsonl", "{\"title\": \"One\"}\n{\"title\": \"Two\", \"authors\": [\n");

        assertThatThrownBy(() -> parser.parse(doc))
                .hasMessage("open.jsonl:2: broken JSON at column 30: Unexpected end-of-input: expected close marker for Array"
                        + " (start marker at column 29)");
    }

    @Test
    void aLineThatIsNotAnObjectFails() throws Exception {
        SourceDocument doc = doc("array.jsonl", "{\"title\": \"One\"}\n[\"Two\"]\n");

        assertThatThrownBy(() -> parser.parse(doc)).hasMessage("array.jsonl:2: expected one JSON object per line, found an array");
    }

    @Test
    void duplicateKeysAreAnErrorNotASilentOverwrite() throws Exception {
        SourceDocument doc = doc("dup.jsonl", "{\"title\": \"One\", \"title\": \"Uno\"}\n");

        assertThatThrownBy(() -> parser.parse(doc)).hasMessageContaining("dup.jsonl:1: broken JSON").hasMessageContaining("title");
    }

    @Test
    void anEmptyRecordFailsAtItsLineWithTheCauseKept() throws Exception {
        SourceDocument doc = doc("empty.jsonl", "{\"title\": \"One\"}\n{\"id\": 2, \"venue\": \"ICML\"}\n");

        assertThatThrownBy(() -> parser.parse(doc))
                .hasMessage("empty.jsonl:2: bad record: record has neither title, authors nor abstract")
                .hasCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCsvFileNamedAsJsonlFailsAtItsFirstLine() throws Exception {
        SourceDocument doc = fixture("uai2023.csv");

        assertThatThrownBy(() -> Formats.parse(doc, Optional.of("jsonl"))).hasMessageStartingWith("uai2023.csv:1: broken JSON");
    }

    @Test
    void detectsObjectPerLineStructure() throws Exception {
        assertThat(parser.detect(fixture("corl2024.jsonl"))).isGreaterThanOrEqualTo(0.9);
        // one object alone could as well be a JSON document: claimed, but weakly
        assertThat(parser.detect(doc("one.jsonl", "{\"title\": \"A\"}\n"))).isEqualTo(0.6);
        assertThat(parser.detect(fixture("aistats2024.json"))).isLessThan(0.5);
        assertThat(parser.detect(doc("mixed.txt", "{\"a\": 1}\nplain text\nmore text\n"))).isLessThan(0.5);
    }
}
