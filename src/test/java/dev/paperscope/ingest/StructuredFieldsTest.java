package dev.paperscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StructuredFieldsTest {
    private static SourceRecord record(Map<String, ?> fields) throws ParseException {
        return StructuredFields.toRecord(StructuredFixtures.doc("t.json", "{}"), "json", 7, "raw text", fields);
    }

    private static Map<String, Object> fields(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    @Test
    void commonFieldNamesMapToColumnsWhateverTheirSpelling() throws Exception {
        SourceRecord r = record(fields("Paper Title", "T", "creators", List.of("A B"), "Summary", "S", "booktitle", "Proc. X",
                "Room", "Hall 3", "sessionChair", "M N", "StartTime", "2024-05-01T09:30:00+02:00", "end_time", "2024-05-01T10:00:00+02:00",
                "awards", "Test of Time", "link", "https://x.org/p", "UID", "p-1"));

        assertThat(r.title()).isEqualTo("T");
        assertThat(r.authors()).containsExactly("A B");
        assertThat(r.abstractText()).isEqualTo("S");
        assertThat(r.venue()).isEqualTo("Proc. X");
        assertThat(r.room()).isEqualTo("Hall 3");
        assertThat(r.moderator()).isEqualTo("M N");
        assertThat(r.start()).isEqualTo(OffsetDateTime.parse("2024-05-01T09:30:00+02:00"));
        assertThat(r.end()).isEqualTo(OffsetDateTime.parse("2024-05-01T10:00:00+02:00"));
        assertThat(r.award()).isEqualTo("Test of Time");
        assertThat(r.url()).isEqualTo("https://x.org/p");
        assertThat(r.year()).isEqualTo(2024);
        assertThat(r.extra()).containsExactly(Map.entry("source_id", "p-1"));
        assertThat(r.derived()).containsExactly(new Derivation("year", "from the start time 2024-05-01T09:30+02:00"));
        assertThat(r.source().line()).isEqualTo(7);
        assertThat(r.raw()).isEqualTo("raw text");
    }

    @Test
    void unknownFieldsAndLosingAliasesAreKeptInExtra() throws Exception {
        Map<String, Object> nested = Map.of("pages", 12, "tags", List.of("a", "b"));
        SourceRecord r = record(fields("title", "T", "url", "https://a", "pdf_url", "https://a.pdf", "meta", nested,
                "openreview_rating", 7.5, "empty", "", "nothing", null));

        assertThat(r.url()).isEqualTo("https://a");
        assertThat(r.extra()).containsOnlyKeys("pdf_url", "meta", "openreview_rating");
        assertThat(r.extra().get("meta")).isEqualTo(nested);
        assertThat(r.extra().get("pdf_url")).isEqualTo("https://a.pdf");
    }

    @Test
    @SuppressWarnings("unchecked")
    void nestedValuesInExtraCannotBeModified() throws Exception {
        SourceRecord r = record(fields("title", "T", "tags", new java.util.ArrayList<>(List.of("x"))));

        assertThatThrownBy(() -> ((List<Object>) r.extra().get("tags")).add("y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void kindComesFromAKindOrTypeField() throws Exception {
        assertThat(record(fields("title", "T", "type", "Invited Talk")).kind()).isEqualTo(RecordKind.TALK);
        assertThat(record(fields("title", "T", "kind", "keynote")).kind()).isEqualTo(RecordKind.TALK);
        assertThat(record(fields("title", "T", "kind", "blog post")).kind()).isEqualTo(RecordKind.BLOG_POST);
        assertThat(record(fields("title", "T", "type", "inproceedings")).kind()).isEqualTo(RecordKind.PAPER);
        assertThat(record(fields("title", "T", "type", "Invited Talk")).extra()).containsEntry("type", "Invited Talk");
    }

    @Test
    void timesWithoutOffsetOrTimeAreReadWithANote() throws Exception {
        SourceRecord local = record(fields("title", "T", "start", "2024-05-01 09:30"));
        SourceRecord dateOnly = record(fields("title", "T", "start_date", "2024-05-01"));
        SourceRecord notIso = record(fields("title", "T", "start", "Thu 21 July 12:30 PDT"));

        assertThat(local.start()).isEqualTo(OffsetDateTime.parse("2024-05-01T09:30Z"));
        assertThat(local.derived()).contains(new Derivation("start", "no UTC offset given in '2024-05-01 09:30'; UTC assumed"));
        assertThat(dateOnly.start()).isEqualTo(OffsetDateTime.parse("2024-05-01T00:00Z"));
        assertThat(dateOnly.derived()).contains(new Derivation("start", "date only ('2024-05-01'); midnight UTC assumed"));
        assertThat(notIso.start()).isNull();
        assertThat(notIso.year()).isNull();
        assertThat(notIso.extra()).containsEntry("start", "Thu 21 July 12:30 PDT");
    }

    @Test
    void yearIsReadFromNumbersOrDigitStringsAndOtherwiseKept() throws Exception {
        assertThat(record(fields("title", "T", "year", "2021")).year()).isEqualTo(2021);
        SourceRecord forthcoming = record(fields("title", "T", "year", "forthcoming", "published", "2019-03-02"));
        assertThat(forthcoming.year()).isEqualTo(2019);
        assertThat(forthcoming.extra()).containsEntry("year", "forthcoming");
        assertThat(forthcoming.derived()).containsExactly(new Derivation("year", "from published '2019-03-02'"));
    }

    @Test
    void sessionListIsJoinedAndKept() throws Exception {
        SourceRecord r = record(fields("title", "T", "session", List.of("Tues Session 1", "Mon Session 1")));

        assertThat(r.session()).isEqualTo("Tues Session 1; Mon Session 1");
        assertThat(r.extra()).containsEntry("session", List.of("Tues Session 1", "Mon Session 1"));
        assertThat(r.derived()).containsExactly(new Derivation("session", "joined with '; ' from a list of 2 in session"));
    }

    @Test
    void presentationComesFromDecisionOrTrackOrATitleMarker() throws Exception {
        SourceRecord oral = record(fields("title", "T", "decision", "Accept (Oral)"));
        assertThat(oral.extra()).containsEntry("presentation", "Oral").containsEntry("decision", "Accept (Oral)");

        SourceRecord marked = record(fields("title", "[Spotlight] Deep Nets", "decision", "Accept (poster session listing)"));
        assertThat(marked.title()).isEqualTo("Deep Nets");
        assertThat(marked.extra()).containsEntry("presentation", "Spotlight");
        assertThat(marked.derived()).containsExactly(
                new Derivation("title", "'[Spotlight]' marker removed from the title; kept as extra.presentation"));

        assertThat(record(fields("title", "[Re] A Replication")).title()).isEqualTo("[Re] A Replication");
        assertThat(record(fields("title", "T", "decision", "Accept")).extra()).doesNotContainKey("presentation");
        assertThat(record(fields("title", "T", "track", "Oral", "presentation", "Poster #12")).extra())
                .containsEntry("presentation", "Poster #12");
    }

    @Test
    void recordWithNeitherTitleAuthorsNorAbstractFailsAtItsLine() {
        assertThatThrownBy(() -> record(fields("id", "x1", "venue", "ICML", "title", " ")))
                .isInstanceOf(ParseException.class)
                .hasMessage("t.json:7: bad record: record has neither title, authors nor abstract")
                .hasCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void endBeforeStartFailsAtTheRecordsLine() {
        assertThatThrownBy(() -> record(fields("title", "T", "start", "2024-05-01T10:00Z", "end", "2024-05-01T09:00Z")))
                .isInstanceOf(ParseException.class)
                .hasMessageStartingWith("t.json:7: bad record: end ");
    }

    @Test
    void anIdNeverOverwritesASourceIdField() throws Exception {
        SourceRecord r = record(fields("title", "T", "id", 5, "source_id", "github:x"));

        assertThat(r.extra()).containsEntry("source_id", "github:x").containsEntry("id", 5);
    }

    @Test
    void recordFieldNamesAreTheOnesDetectionLooksFor() {
        assertThat(StructuredFields.isRecordField("Paper Title")).isTrue();
        assertThat(StructuredFields.isRecordField("authors")).isTrue();
        assertThat(StructuredFields.isRecordField("Abstract")).isTrue();
        assertThat(StructuredFields.isRecordField("UID")).isFalse();
    }
}
