package dev.paperscope.ingest;

import static dev.paperscope.ingest.ConferencePages.ORALS;
import static dev.paperscope.ingest.ConferencePages.atLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OralListingParserTest {
    private final OralListingParser parser = new OralListingParser();

    @Test
    void detectsTheOralListingAndNothingElse() throws ParseException {
        assertThat(parser.detect(ConferencePages.seed(ORALS))).isGreaterThanOrEqualTo(0.8);
        assertThat(Formats.detectName(ConferencePages.seed(ORALS))).contains(OralListingParser.FORMAT);
        ConferencePages.othersThan(ORALS).forEach(doc ->
                assertThat(parser.detect(doc)).as(doc.fileName()).isLessThan(0.5));
    }

    /**
     * 150 lines hold names joined by " · "; four entries have a single author on a line of its own (lines
     * 112, 261, 565, 671); the abstract at line 455 follows the previous entry's abstract with no author
     * line of its own (it is SparseGPT's). 150 + 4 + 1 = 155.
     */
    @Test
    void aFewNameListsInsideProseDoNotMakeAListing() throws ParseException {
        SourceDocument doc = ConferencePages.page("blog.txt", """
                Our lab at NeurIPS
                This year we present several papers at the conference. Here is a short overview of what we will show.
                We are also organising a workshop on robustness, and we hope to see many of you there in person.
                The first paper studies calibration. It was led by our students and done with colleagues abroad.
                Ana Souza · Wei Chen
                It shows that temperature scaling helps under shift. We also release code and data for it today.
                Karl Otto · Lena Sommer
                The second paper studies in-context learning. Transformers are shown to implement gradient descent.
                Thanks to everyone who contributed. We are grateful to our funders and to the reviewers for comments.
                """);

        assertThat(parser.detect(doc)).isLessThan(0.5);
    }

    @Test
    void readsEveryEntryOfTheSeedPage() throws ParseException {
        List<String> lines = ConferencePages.seedLines(ORALS);
        List<SourceRecord> records = parser.parse(ConferencePages.seed(ORALS));

        assertThat(lines.stream().filter(l -> l.contains(" · "))).hasSize(150);
        assertThat(records).hasSize(155);
        assertThat(records).filteredOn(r -> lines.get(r.source().line() - 1).contains(" · ")).hasSize(150);
        assertThat(records).filteredOn(r -> !lines.get(r.source().line() - 1).contains(" · ") && r.authors().size() == 1)
                .extracting(r -> r.source().line()).containsExactly(112, 261, 565, 671);
        assertThat(records).filteredOn(r -> r.authors().isEmpty()).extracting(r -> r.source().line()).containsExactly(455);
        assertThat(records).allSatisfy(r -> {
            assertThat(r.kind()).isEqualTo(RecordKind.PAPER);
            assertThat(r.title()).isNull();
            assertThat(r.venue()).isNull();
            assertThat(r.year()).isNull();
            assertThat(r.abstractText()).isNotNull();
            assertThat(r.extra()).containsEntry("presentation", "oral");
            assertThat(r.source().format()).isEqualTo("oral-listing");
        });
        assertThat(records).filteredOn(r -> r.room() != null).hasSize(77);
    }

    @Test
    void firstEntryIsReadFieldByField() throws ParseException {
        SourceRecord first = parser.parse(ConferencePages.seed(ORALS)).getFirst();

        assertThat(first.source().line()).isEqualTo(3);
        assertThat(first.authors()).containsExactly("Kanika Madan", "Jarrid Rector-Brooks", "Maksym Korablyov",
                "Emmanuel Bengio", "Moksh Jain", "Andrei-Cristian Nica", "Tom Bosc", "Yoshua Bengio", "Nikolay Malkin");
        assertThat(first.room()).isEqualTo("Ballroom C");
        assertThat(first.abstractText()).startsWith("Generative flow networks (GFlowNets) are a family of algorithms")
                .endsWith("the advantages of subtrajectory balance.");
        assertThat(first.derived()).isEmpty();
        List<String> lines = ConferencePages.seedLines(ORALS);
        assertThat(first.raw()).isEqualTo(String.join("\n", lines.subList(2, 7)));
    }

    @Test
    void loneNameEntriesKeepTheirRoomAndDoNotEatAbstracts() throws ParseException {
        List<SourceRecord> records = parser.parse(ConferencePages.seed(ORALS));

        SourceRecord savchenko = atLine(records, 112);
        assertThat(savchenko.authors()).containsExactly("Andrey Savchenko");
        assertThat(savchenko.room()).isEqualTo("Meeting Room 313");
        assertThat(savchenko.abstractText()).startsWith("In this paper, we consider the problem of the high computational");
        SourceRecord before = atLine(records, 107);
        assertThat(before.abstractText()).startsWith("Black box optimisation").doesNotContain("Savchenko");

        SourceRecord pearceCrump = atLine(records, 565);
        assertThat(pearceCrump.authors()).containsExactly("Edward Pearce-Crump");
        assertThat(pearceCrump.room()).isNull();
        assertThat(pearceCrump.abstractText()).endsWith("when the group is $Sp(n)$.");
    }

    @Test
    void anAbstractWithoutAuthorLineBecomesItsOwnRecord() throws ParseException {
        List<SourceRecord> records = parser.parse(ConferencePages.seed(ORALS));

        SourceRecord data2vec = atLine(records, 451);
        assertThat(data2vec.authors()).containsExactly("Alexei Baevski", "Arun Babu", "Wei-Ning Hsu", "Michael Auli");
        assertThat(data2vec.abstractText()).endsWith("with a ViT-L model trained for 150 epochs.");

        SourceRecord orphan = atLine(records, 455);
        assertThat(orphan.authors()).isEmpty();
        assertThat(orphan.abstractText()).startsWith("We show for the first time that large-scale generative pretrained");
        assertThat(orphan.derived()).extracting(Derivation::field).containsExactly("authors");
        assertThat(orphan.raw()).isEqualTo(ConferencePages.seedLines(ORALS).get(454));
    }

    @Test
    void entriesWithoutBlankLineBetweenThemAndShortenedAbstracts() throws ParseException {
        List<SourceRecord> records = parser.parse(ConferencePages.seed(ORALS));

        // line 70 (an abstract ending in "…") is directly followed by the next author line
        SourceRecord shortened = records.stream().filter(r -> r.abstractText().startsWith("Inverse reinforcement"))
                .findFirst().orElseThrow();
        assertThat(shortened.abstractText()).endsWith("proving a matching upper bound up to …");
        assertThat(shortened.derived()).extracting(Derivation::field).containsExactly("abstract");
        assertThat(records).filteredOn(r -> r.abstractText().endsWith("…")).hasSize(19)
                .allSatisfy(r -> assertThat(r.derived()).extracting(Derivation::field).contains("abstract"));

        SourceRecord last = records.getLast();
        assertThat(last.source().line()).isEqualTo(735);
        assertThat(last.authors()).containsExactly("Louis Chi-Chun Tiao", "Vincent Dutordoir", "Victor Picheny");
        assertThat(last.room()).isNull();
        assertThat(last.abstractText()).endsWith("demonstrate the effectiveness of our approach.");
    }

    @Test
    void namesAreKeptAsWritten() throws ParseException {
        List<SourceRecord> records = parser.parse(ConferencePages.seed(ORALS));

        assertThat(records).flatExtracting(SourceRecord::authors)
                .contains("Sung Min (Sam) Park", "Zhangyang “Atlas” Wang", "Guy Van den Broeck", "Hugh B McMahan", "ST John");
    }

    @Test
    void unseenOralPageWithOtherRoomsSpacingAndMarkers() throws ParseException {
        String page = """
                Toggle navigation
                NeurIPS 2021 · Orals
                Main Navigation


                Ana Souza* · Guy Van den Broeck · Wei Chen
                [ Theater A (level 2) ]
                We propose a method for learning sparse graphs from streaming data. Our analysis shows linear regret.
                Jane Roe
                [ Room 201 ]
                This paper studies calibration of deep ensembles under shift. We find that temperature scaling helps …


                Karl Otto · Lena Sommer ·

                Transformers are shown to implement gradient descent in context. Experiments on synthetic tasks agree.
                """;
        SourceDocument doc = ConferencePages.page("neurips-orals.txt", page);

        assertThat(parser.detect(doc)).isGreaterThanOrEqualTo(0.5);
        assertThat(new AwardListingParser().detect(doc)).isLessThan(0.5);
        assertThat(new SessionScheduleParser().detect(doc)).isLessThan(0.5);
        List<SourceRecord> records = parser.parse(doc);
        assertThat(records).extracting(r -> r.source().line()).containsExactly(6, 9, 14);
        assertThat(records.get(0).authors()).containsExactly("Ana Souza", "Guy Van den Broeck", "Wei Chen");
        assertThat(records.get(0).derived()).extracting(Derivation::reason).singleElement().asString().contains("Ana Souza*");
        assertThat(records.get(0).room()).isEqualTo("Theater A (level 2)");
        assertThat(records.get(1).authors()).containsExactly("Jane Roe");
        assertThat(records.get(1).room()).isEqualTo("Room 201");
        assertThat(records.get(1).derived()).extracting(Derivation::field).containsExactly("abstract");
        assertThat(records.get(2).authors()).containsExactly("Karl Otto", "Lena Sommer");
        assertThat(records.get(2).derived()).extracting(Derivation::reason).singleElement().asString().contains("dangling");
        assertThat(records.get(2).raw()).isEqualTo("Karl Otto · Lena Sommer ·\n\n"
                + "Transformers are shown to implement gradient descent in context. Experiments on synthetic tasks agree.");
    }

    @Test
    void truncatedLastEntryFailsAtItsAuthorLine() throws ParseException {
        SourceDocument doc = ConferencePages.page("cut.txt", """
                Ana Souza · Wei Chen
                [ Hall A ]
                We propose a method for learning sparse graphs from streaming data. Our analysis shows linear regret.

                Karl Otto · Lena Sommer
                [ Hall B ]
                """);

        assertThatThrownBy(() -> parser.parse(doc)).isInstanceOf(ParseException.class)
                .hasMessage("cut.txt:5: the entry starting here has no abstract: the file ends after its room line");
    }

    @Test
    void authorLineFollowedByAnotherAuthorLineFailsAtTheSecond() throws ParseException {
        SourceDocument doc = ConferencePages.page("two.txt", """
                Ana Souza · Wei Chen
                Karl Otto · Lena Sommer
                We propose a method for learning sparse graphs from streaming data. Our analysis shows linear regret.
                """);

        assertThatThrownBy(() -> parser.parse(doc)).isInstanceOf(ParseException.class)
                .satisfies(e -> assertThat(((ParseException) e).line()).isEqualTo(2))
                .hasMessageContaining("expected the abstract of the entry whose author line is line 1");
    }

    @Test
    void roomLineWithoutAuthorLineFails() throws ParseException {
        SourceDocument doc = ConferencePages.page("room.txt", """
                Ana Souza · Wei Chen
                We propose a method for learning sparse graphs from streaming data. Our analysis shows linear regret.
                [ Hall B ]
                Transformers are shown to implement gradient descent in context. Experiments on synthetic tasks agree.
                """);

        assertThatThrownBy(() -> parser.parse(doc)).isInstanceOf(ParseException.class)
                .hasMessage("room.txt:3: room line '[ Hall B ]' without an author line before it");
    }

    @Test
    void anAbstractBeforeTheFirstAuthorLineFails() throws ParseException {
        SourceDocument doc = ConferencePages.page("headless.txt", """
                Skip to main content
                We propose a method for learning sparse graphs from streaming data. Our analysis shows linear regret.
                Ana Souza · Wei Chen
                Transformers are shown to implement gradient descent in context. Experiments on synthetic tasks agree.
                """);

        assertThatThrownBy(() -> parser.parse(doc)).isInstanceOf(ParseException.class)
                .satisfies(e -> assertThat(((ParseException) e).line()).isEqualTo(2));
    }

    @Test
    void theAwardPageReadAsOralListingFailsAtItsSecondLabel() throws ParseException {
        SourceDocument awards = ConferencePages.seed(ConferencePages.AWARDS);

        assertThatThrownBy(() -> Formats.parse(awards, Optional.of("oral-listing"))).isInstanceOf(ParseException.class)
                .hasMessage(ConferencePages.AWARDS + ":11: expected an author line (names joined by ' · ') or an abstract,"
                        + " found 'Outstanding Paper'");
    }

    @Test
    void aPageWithNavigationOnlyHasNoRecords() throws ParseException {
        SourceDocument doc = ConferencePages.page("nav.txt", "Skip to yearly menu bar Skip to main content\n\nLogin\n");

        assertThat(parser.parse(doc)).isEmpty();
        assertThatThrownBy(() -> Formats.parse(doc, Optional.of("oral-listing"))).isInstanceOf(ParseException.class)
                .hasMessage("nav.txt:1: no records found when read as oral-listing");
    }
}
