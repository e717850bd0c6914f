package dev.paperscope.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperscope.ingest.ParseException;
import dev.paperscope.testing.PdfFixtures;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Reading generated PDFs: a paper's header and body, and every way a file can fail alone with one clear line. */
class PdfPapersTest {
    private static final String ABSTRACT = "We study how a reader finds the header of a paper from its layout alone. "
            + "The title is set largest, the names follow, and the abstract comes after its heading.";

    @Test
    void aGeneratedPaperGivesItsHeaderBodyAndWhereEachFieldCameFrom() throws Exception {
        byte[] pdf = PdfFixtures.paper("Layout Is All You Need for Headers", "Ada Lovelace1, Alan Turing\u2020 and Grace Hopper*", ABSTRACT);
        PdfPaper paper = PdfPapers.read("gen.pdf", pdf);
        assertThat(paper.title()).isEqualTo("Layout Is All You Need for Headers");
        assertThat(paper.authors()).containsExactly("Ada Lovelace", "Alan Turing", "Grace Hopper");
        assertThat(paper.abstractText()).isEqualTo(ABSTRACT);
        assertThat(paper.pages()).isEqualTo(1);
        assertThat(paper.passages()).extracting(PdfPassage::section).contains("Abstract", "1 Introduction");
        assertThat(paper.passages()).allSatisfy(p -> assertThat(p.page()).isEqualTo(1));
        assertThat(paper.passages().getLast().text()).startsWith("Passages are read from the body");
        assertThat(paper.derived()).extracting(d -> d.field()).contains("title", "authors", "abstract");
        assertThat(paper.derived()).allSatisfy(d -> assertThat(d.reason()).startsWith("page 1: "));
        assertThat(paper.venue()).isNull();
        assertThat(paper.year()).isNull();
    }

    @Test
    void aTwoColumnPaperIsReadColumnByColumnWithoutItsRunningLines() throws Exception {
        PdfPaper paper = PdfPapers.read("two.pdf", PdfFixtures.twoColumnPaper());
        assertThat(paper.title()).isEqualTo("Column Order and the Reading of Two-Column Scientific Papers");
        assertThat(paper.authors()).containsExactly("Mary Somerville", "Emmy Noether");
        assertThat(paper.abstractText()).startsWith("We show that the left column of a page is read before the right one")
                .endsWith("The abstract ends where the first heading begins.");
        assertThat(paper.venue()).isEqualTo("ICLR 2021");
        assertThat(paper.year()).isEqualTo(2021);
        assertThat(paper.passages()).extracting(PdfPassage::text).noneMatch(t -> t.contains("Published as"))
                .noneMatch(t -> t.matches("\\d+"));
        assertThat(paper.passages()).extracting(p -> p.page() + " " + p.section() + ": " + p.text().substring(0, 20)).containsExactly(
                "1 Abstract: We show that the lef",
                "1 1 Introduction: The introduction sta",
                "1 1 Introduction: The right column beg",
                "2 1 Introduction: The second page cont",
                "2 2 Results: The results say that");
        assertThat(paper.references()).extracting(PdfReference::year).containsExactly(1843, 1936);
        assertThat(paper.references().getFirst().title()).isEqualTo("Notes on the analytical engine");
        assertThat(paper.references().getFirst().authors()).containsExactly("A. Lovelace", "C. Babbage");
    }

    @Test
    void aTitleSetNoLargerThanTheBodyIsItsFirstBoldLine() throws Exception {
        PdfPaper paper = PdfPapers.read("plain.pdf", PdfFixtures.paper("A Title Set in Bold Body Type", 10, "Ada Lovelace", ABSTRACT));
        assertThat(paper.title()).isEqualTo("A Title Set in Bold Body Type");
        assertThat(paper.authors()).containsExactly("Ada Lovelace");
        assertThat(paper.abstractText()).isEqualTo(ABSTRACT);
    }

    @Test
    void aVeryLongPdfIsReadUpToThePageLimitAndSaysSo() throws Exception {
        PdfPaper paper = PdfPapers.read("long.pdf", PdfFixtures.longPaper(PdfPapers.MAX_PAGES + 100));
        assertThat(paper.pages()).isEqualTo(PdfPapers.MAX_PAGES + 101);
        assertThat(paper.pagesRead()).isEqualTo(PdfPapers.MAX_PAGES);
        assertThat(paper.title()).isEqualTo("A Very Long Document Indeed");
        assertThat(paper.derived()).anySatisfy(d -> assertThat(d.reason()).isEqualTo("the first 500 of 601 pages read, the limit for a PDF"));
    }

    @Test
    void anEncryptedPdfFailsSayingSo() throws IOException {
        byte[] pdf = PdfFixtures.encrypted();
        assertThatThrownBy(() -> PdfPapers.read("locked.pdf", pdf)).isInstanceOf(ParseException.class)
                .hasMessageStartingWith("locked.pdf: encrypted PDF");
    }

    @Test
    void aPageWithOnlyAnImageHasNoTextLayer() throws IOException {
        byte[] pdf = PdfFixtures.imageOnly();
        assertThatThrownBy(() -> PdfPapers.read("scan.pdf", pdf)).isInstanceOf(ParseException.class)
                .hasMessage("scan.pdf: no text layer (scanned?): none of its 1 page holds text; run OCR on it first");
    }

    @Test
    void anEmptyPageHasNoTextLayer() throws IOException {
        byte[] pdf = PdfFixtures.emptyPage();
        assertThatThrownBy(() -> PdfPapers.read("empty.pdf", pdf)).isInstanceOf(ParseException.class)
                .hasMessageStartingWith("empty.pdf: no text layer (scanned?)");
    }

    @Test
    void aTruncatedPdfFailsAsUnreadable() throws IOException {
        byte[] pdf = Arrays.copyOf(PdfFixtures.paper("A Truncated Paper Title", "Ada Lovelace", ABSTRACT), 120);
        assertThatThrownBy(() -> PdfPapers.read("cut.pdf", pdf)).isInstanceOf(ParseException.class)
                .hasMessageStartingWith("cut.pdf: not a readable PDF: ");
    }

    @Test
    void aPdfCutInTheMiddleEitherReadsWhatRemainsOrFailsWithOneLine() throws IOException {
        byte[] whole = PdfFixtures.paper("A Half Paper Title Here", "Ada Lovelace", ABSTRACT);
        for (int keep : new int[] {whole.length / 4, whole.length / 2, whole.length * 3 / 4, whole.length - 40}) {
            byte[] pdf = Arrays.copyOf(whole, keep);
            try {
                PdfPaper paper = PdfPapers.read("half.pdf", pdf);
                assertThat(paper.title()).as("kept %d of %d bytes", keep, whole.length).isEqualTo("A Half Paper Title Here");
            } catch (ParseException e) {
                assertThat(e.getMessage()).as("kept %d bytes", keep).startsWith("half.pdf: ").doesNotContain("\n");
            }
        }
    }

    @Test
    void bytesThatAreNoPdfAtAllFailAsUnreadable() {
        assertThatThrownBy(() -> PdfPapers.read("junk.pdf", "%PDF-1.7\nnothing here".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                .isInstanceOf(ParseException.class).hasMessageStartingWith("junk.pdf: not a readable PDF: ");
    }
}
