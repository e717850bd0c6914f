package dev.paperscope.ingest;

import static dev.paperscope.ingest.ConferencePages.AWARDS;
import static dev.paperscope.ingest.ConferencePages.atLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AwardListingParserTest {
    private final AwardListingParser parser = new AwardListingParser();

    @Test
    void detectsTheAwardListingAndNothingElse() throws ParseException {
        assertThat(parser.detect(ConferencePages.seed(AWARDS))).isGreaterThanOrEqualTo(0.8);
        assertThat(Formats.detectName(ConferencePages.seed(AWARDS))).contains(AwardListingParser.FORMAT);
        ConferencePages.othersThan(AWARDS).forEach(doc ->
                assertThat(parser.detect(doc)).as(doc.fileName()).isLessThan(0.5));
    }

    /** 15 label lines, each directly above one of the 15 author lines; two entries (lines 31, 91) have no room. */
    @Test
    void readsEveryAwardOfTheSeedPage() throws ParseException {
        List<String> lines = ConferencePages.seedLines(AWARDS);
        List<SourceRecord> records = parser.parse(ConferencePages.seed(AWARDS));

        assertThat(lines.stream().filter(l -> l.contains(" · "))).hasSize(15);
        assertThat(lines.stream().filter(l -> l.equals("Outstanding Paper"))).hasSize(15);
        assertThat(records).hasSize(15);
        assertThat(records).extracting(r -> r.source().line())
                .containsExactly(4, 11, 17, 24, 31, 36, 43, 49, 56, 63, 70, 77, 84, 91, 96);
        assertThat(records).allSatisfy(r -> {
            assertThat(r.kind()).isEqualTo(RecordKind.PAPER);
            assertThat(r.award()).isEqualTo("Outstanding Paper");
            assertThat(r.title()).isNull();
            assertThat(r.year()).isNull();
            assertThat(r.authors()).isNotEmpty();
            assertThat(r.abstractText()).isNotNull();
        });
        assertThat(records).filteredOn(r -> r.room() == null).extracting(r -> r.source().line()).containsExactly(31, 91);
        assertThat(records).filteredOn(r -> r.room() != null).allSatisfy(r -> assertThat(r.room()).isEqualTo("Hall J"));
    }

    @Test
    void firstAwardIsReadFieldByField() throws ParseException {
        SourceRecord first = parser.parse(ConferencePages.seed(AWARDS)).getFirst();

        assertThat(first.source().line()).isEqualTo(4);
        assertThat(first.award()).isEqualTo("Outstanding Paper");
        // the page lists two different co-authors named Hao Sun; both are kept
        assertThat(first.authors()).hasSize(16).startsWith("Yujing Wang", "Yingyan Hou").endsWith("Qi Zhang", "Mao Yang")
                .filteredOn("Hao Sun"::equals).hasSize(2);
        assertThat(first.room()).isEqualTo("Hall J");
        assertThat(first.abstractText()).startsWith("Current state-of-the-art document retrieval solutions")
                .endsWith("compared to the best baseline method.");
        assertThat(first.raw()).isEqualTo(String.join("\n", ConferencePages.seedLines(AWARDS).subList(3, 9)));
    }

    @Test
    void labelsDirectlyAfterAnAbstractAndEntriesWithoutRoom() throws ParseException {
        List<SourceRecord> records = parser.parse(ConferencePages.seed(AWARDS));

        SourceRecord imagen = atLine(records, 17); // the label follows the previous abstract with no blank line
        assertThat(imagen.authors()).startsWith("Chitwan Saharia", "William Chan").endsWith("Mohammad Norouzi");
        assertThat(imagen.abstractText()).startsWith("We present Imagen, a text-to-image diffusion model");
        assertThat(atLine(records, 11).abstractText()).endsWith("a 7% improvement over Gopher.");

        SourceRecord noRoom = atLine(records, 31);
        assertThat(noRoom.authors()).containsExactly("Gerard Ben Arous", "Reza Gheissari", "Aukosh Jagannath");
        assertThat(noRoom.room()).isNull();
        assertThat(noRoom.raw().lines()).hasSize(4);

        SourceRecord last = records.getLast();
        assertThat(last.authors()).containsExactly("Kartik Chandra", "Audrey Xie", "Jonathan Ragan-Kelley", "ERIK MEIJER");
        assertThat(last.abstractText()).endsWith("csail.mit.edu/kach/gradient-descent-the-ultimate-optimizer).");

        assertThat(records).filteredOn(r -> !r.derived().isEmpty()).extracting(r -> r.source().line())
                .containsExactly(43, 49);
        assertThat(atLine(records, 43).abstractText()).endsWith("…");
    }

    @Test
    void unseenAwardPageWithTwoLabels() throws ParseException {
        String page = """
                ICLR 2024
                Menu

                Outstanding Paper
                Maria Garcia-Lopez · Tom Baker
                [ Halle A 7 ]

                Vision transformers need registers. We show that artefacts in feature maps vanish with extra tokens.

                Outstanding Paper
                Yuki Tanaka · Ola Nordmann
                Generalization in diffusion models arises from geometry-adaptive representations. We prove it.
                Honorable Mention
                Sven de Vries
                [ Halle B ]
                Flow matching on general geometries is introduced. It is simulation-free on simple manifolds.
                Honorable Mention
                Amal Haddad · Ravi Kumar · Li Wei
                [ Halle B ]
                Meta continual learning is revisited through the lens of second-order optimisation. It works well.
                """;
        SourceDocument doc = ConferencePages.page("iclr-awards.txt", page);

        assertThat(parser.detect(doc)).isGreaterThanOrEqualTo(0.5);
        assertThat(new OralListingParser().detect(doc)).isLessThan(0.5);
        assertThat(new SessionScheduleParser().detect(doc)).isLessThan(0.5);
        List<SourceRecord> records = parser.parse(doc);
        assertThat(records).extracting(SourceRecord::award)
                .containsExactly("Outstanding Paper", "Outstanding Paper", "Honorable Mention", "Honorable Mention");
        assertThat(records).extracting(r -> r.source().line()).containsExactly(4, 10, 13, 17);
        assertThat(records).extracting(SourceRecord::room).containsExactly("Halle A 7", null, "Halle B", "Halle B");
        assertThat(records.get(2).authors()).containsExactly("Sven de Vries");
        assertThat(records.get(1).abstractText()).isEqualTo(
                "Generalization in diffusion models arises from geometry-adaptive representations. We prove it.");
    }

    @Test
    void aLabelAtTheEndOfTheFileFails() throws ParseException {
        SourceDocument doc = ConferencePages.page("cut.txt", """
                Outstanding Paper
                Ana Souza · Wei Chen
                We propose a method for learning sparse graphs from streaming data. Our analysis shows linear regret.
                Outstanding Paper
                """);

        assertThatThrownBy(() -> parser.parse(doc)).isInstanceOf(ParseException.class)
                .hasMessage("cut.txt:4: award label 'Outstanding Paper' is not followed by an author line");
    }

    @Test
    void anEntryMissingItsAbstractFailsAtTheNextLabel() throws ParseException {
        SourceDocument doc = ConferencePages.page("gap.txt", """
                Outstanding Paper
                Ana Souza · Wei Chen
                [ Hall J ]
                Outstanding Paper
                Karl Otto · Lena Sommer
                Transformers are shown to implement gradient descent in context. Experiments on synthetic tasks agree.
                """);

        assertThatThrownBy(() -> parser.parse(doc)).isInstanceOf(ParseException.class)
                .hasMessage("gap.txt:4: expected the abstract of the entry whose author line is line 2, found 'Outstanding Paper'");
    }

    @Test
    void anEntryWithoutLabelFails() throws ParseException {
        SourceDocument doc = ConferencePages.page("nolabel.txt", """
                Outstanding Paper
                Ana Souza · Wei Chen
                We propose a method for learning sparse graphs from streaming data. Our analysis shows linear regret.

                Karl Otto · Lena Sommer
                Transformers are shown to implement gradient descent in context. Experiments on synthetic tasks agree.
                """);

        assertThatThrownBy(() -> parser.parse(doc)).isInstanceOf(ParseException.class)
                .hasMessageStartingWith("nolabel.txt:5: entry has no award label");
    }

    @Test
    void theOralPageReadAsAwardListingFailsAtItsFirstEntry() throws ParseException {
        SourceDocument orals = ConferencePages.seed(ConferencePages.ORALS);

        assertThatThrownBy(() -> Formats.parse(orals, Optional.of("award-listing"))).isInstanceOf(ParseException.class)
                .hasMessageStartingWith(ConferencePages.ORALS + ":3: entry has no award label");
    }

    @Test
    void aPageWithNavigationOnlyHasNoRecords() throws ParseException {
        SourceDocument doc = ConferencePages.page("nav.txt", "Skip to yearly menu bar Skip to main content\nLogin\n");

        assertThatThrownBy(() -> Formats.parse(doc, Optional.of("award-listing"))).isInstanceOf(ParseException.class)
                .hasMessage("nav.txt:1: no records found when read as award-listing");
    }
}
