package dev.paperscope.ingest;

import static dev.paperscope.ingest.StructuredFixtures.doc;
import static dev.paperscope.ingest.StructuredFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvTableParserTest {
    private final CsvTableParser parser = new CsvTableParser();

    /** An unseen conference: other column names, a quoted field over three lines, an empty cell, a date-only start. */
    @Test
    void readsAnUnseenConferenceTableFieldByField() throws Exception {
        SourceDocument doc = fixture("uai2023.csv");
        List<SourceRecord> records = parser.parse(doc);

        assertThat(records).hasSize(3);
        SourceRecord causal = records.get(0);
        assertThat(causal.title()).isEqualTo("Causal Discovery with Latent Confounders");
        assertThat(causal.authors()).containsExactly("Rita Gomes", "Tom Becker", "Yuki Sato");
        assertThat(causal.abstractText()).isEqualTo("We identify causal structure even when confounders are hidden.");
        assertThat(causal.session()).isEqualTo("Session 1; Session 4");
        assertThat(causal.start()).isEqualTo(OffsetDateTime.parse("2023-08-01T10:00-07:00"));
        assertThat(causal.year()).isEqualTo(2023);
        assertThat(causal.venue()).isNull();
        assertThat(causal.extra()).containsEntry("source_id", "U1").containsEntry("Session", "Session 1|Session 4");
        assertThat(causal.source()).isEqualTo(doc.sourceAt(2, "csv"));
        assertThat(causal.raw()).isEqualTo(doc.lines().get(1));

        SourceRecord variational = records.get(1);
        assertThat(variational.source().line()).isEqualTo(3);
        assertThat(variational.title()).isEqualTo("Variational Inference, Revisited");
        assertThat(variational.abstractText()).isEqualTo(
                "First paragraph of the abstract.\n\nSecond paragraph, after a blank line, with \"quoted\" words.");
        assertThat(variational.start()).isNull();
        assertThat(variational.year()).isNull();
        assertThat(variational.raw()).isEqualTo(String.join("\n", doc.lines().subList(2, 5)));

        SourceRecord bandits = records.get(2);
        assertThat(bandits.source().line()).isEqualTo(6);
        assertThat(bandits.abstractText()).isNull();
        assertThat(bandits.start()).isEqualTo(OffsetDateTime.parse("2023-08-02T00:00Z"));
    }

    /** A trimmed copy of the real Mini-Conf file: CRLF line ends, '|'-separated authors and sessions. */
    @Test
    void readsTheMiniConfColumnsWithAMultiLineAbstract() throws Exception {
        SourceDocument doc = fixture("iclr2020-sample.csv");
        List<SourceRecord> records = parser.parse(doc);

        assertThat(records).extracting(r -> r.extra().get("source_id")).containsExactly("B1xSperKvH", "SJlbGJrtDB", "HkgxW0EYDS", "HJeiDpVFPr");
        assertThat(records).extracting(r -> r.source().line()).containsExactly(2, 3, 4, 5);
        SourceRecord distances = records.get(3);
        assertThat(distances.title()).isEqualTo("An Inductive Bias for Distances: Neural Nets that Respect the Triangle Inequality");
        assertThat(distances.authors()).containsExactly("Silviu Pitis", "Harris Chan", "Kiarash Jamali", "Jimmy Ba");
        // the quoted abstract ends with a CRLF inside its quotes: trimmed away, and the row's raw text spans both lines
        assertThat(distances.abstractText()).startsWith("Distances are pervasive in machine learning.")
                .endsWith("in the multi-goal reinforcement learning setting.");
        assertThat(distances.raw()).isEqualTo(doc.lines().get(4) + "\n" + doc.lines().get(5)).doesNotContain("\r");
        assertThat(distances.extra()).containsEntry("keywords", "inductive bias|metric learning|reinforcement learning");
        assertThat(distances.session()).isNull();
        assertThat(records.get(0).session()).isEqualTo("Tues Session 1; Mon Session 1");
    }

    @Test
    void sniffsTabsAndSemicolons() throws Exception {
        SourceDocument tsv = doc("t.tsv", "title\tauthors\tyear\nA, B and C\tX Y; Z W\t2021\n");
        SourceDocument semicolons = doc("s.csv", "Titel;Title;Authors\neins;One, with comma;A B\n");

        SourceRecord fromTsv = parser.parse(tsv).getFirst();
        assertThat(fromTsv.title()).isEqualTo("A, B and C");
        assertThat(fromTsv.authors()).containsExactly("X Y", "Z W");
        assertThat(fromTsv.year()).isEqualTo(2021);
        assertThat(parser.parse(semicolons).getFirst().title()).isEqualTo("One, with comma");
        assertThat(parser.parse(semicolons).getFirst().extra()).containsEntry("Titel", "eins");
    }

    @Test
    void aRowOfTheWrongWidthFailsAtItsLine() throws Exception {
        SourceDocument doc = doc("wide.csv", "id,title,authors\n1,A,X\n2,\"B\nstill B\",Y\n3,C,Z,extra\n");

        assertThatThrownBy(() -> parser.parse(doc)).hasMessage("wide.csv:5: row has 4 fields but the header has 3");
    }

    @Test
    void anUnterminatedQuoteFailsAtTheLineOfItsRow() throws Exception {
        SourceDocument doc = doc("quote.csv", "id,title,authors\n1,A,X\n\n2,\"B never ends,Y\n3,C,Z\n");

        assertThatThrownBy(() -> parser.parse(doc))
                .isInstanceOf(ParseException.class)
                .hasMessageStartingWith("quote.csv:4: broken CSV row:")
                .hasMessageContaining("EOF reached before encapsulated token finished");
    }

    @Test
    void textAfterAClosingQuoteFailsAtItsLine() throws Exception {
        SourceDocument doc = doc("junk.csv", "id,title,authors\n1,A,X\n2,\"B\"junk,Y\n");

        assertThatThrownBy(() -> parser.parse(doc)).hasMessageStartingWith("junk.csv:3: broken CSV row:");
    }

    @Test
    void anEmptyRowFailsAtItsLine() throws Exception {
        SourceDocument doc = doc("blank.csv", "id,title,authors\n1,A,X\n2,,\n");

        assertThatThrownBy(() -> parser.parse(doc)).hasMessage("blank.csv:3: bad record: record has neither title, authors nor abstract");
    }

    @Test
    void aTableWithoutATitleLikeColumnIsRefused() throws Exception {
        SourceDocument doc = doc("numbers.csv", "a,b,c\n1,2,3\n");

        assertThatThrownBy(() -> parser.parse(doc)).hasMessageStartingWith("numbers.csv:1: no header row found");
        assertThatThrownBy(() -> Formats.parse(fixture("colt-accents.bib"), Optional.of("csv")))
                .hasMessageStartingWith("colt-accents.bib:1: no header row found");
    }

    @Test
    void aHeaderAloneGivesNoRecords() throws Exception {
        SourceDocument doc = doc("header.csv", "title,authors\n");

        assertThat(parser.parse(doc)).isEmpty();
        assertThatThrownBy(() -> Formats.parse(doc, Optional.of("csv"))).hasMessage("header.csv:1: no records found when read as csv");
    }

    @Test
    void detectsHeaderedTablesOfConsistentWidth() throws Exception {
        assertThat(parser.detect(fixture("uai2023.csv"))).isGreaterThanOrEqualTo(0.9);
        assertThat(parser.detect(fixture("iclr2020-sample.csv"))).isGreaterThanOrEqualTo(0.9);
        assertThat(parser.detect(doc("ragged.csv", "title,authors\nA,B\nC\nD,E,F,G\nH\n"))).isLessThan(0.5);
        assertThat(parser.detect(doc("prose.txt", "Title, authors and more\nSome sentence, with commas, here.\n"))).isLessThan(0.5);
    }
}
