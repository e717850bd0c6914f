package dev.paperscope.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperscope.ingest.ParseException;
import dev.paperscope.testing.DevData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Header extraction measured on the ten real PDFs of {@code ../shared/data/pdfs} against their
 * hand-checked gold (effectiveness kept as data: the rates measured when this was written, less a small
 * tolerance, are the floor). The PDFs are test inputs only and are not in the repository; without them
 * the tests are skipped, saying so.
 */
class PdfGoldTest {
    /** One file of ten may regress before the test says so; the figures themselves are in docs/BENCHMARKS.md. */
    private static final double TOLERANCE = 0.1;

    @Test
    void headerFieldsMatchTheGoldAtLeastAsOftenAsMeasured() throws IOException {
        Path gold = DevData.require("pdfs/gold.jsonl");
        PdfGoldScores.Report report = PdfGoldScores.score(gold);
        assertThat(report.files()).isEqualTo(10);
        String misses = report.misses().toString();
        assertThat(report.rate("title")).as(misses).isGreaterThanOrEqualTo(1.0 - TOLERANCE);
        assertThat(report.rate("authors")).as(misses).isGreaterThanOrEqualTo(1.0 - TOLERANCE);
        assertThat(report.rate("abstract_start")).as(misses).isGreaterThanOrEqualTo(1.0 - TOLERANCE);
        assertThat(report.rate("venue")).as(misses).isGreaterThanOrEqualTo(1.0 - TOLERANCE);
        assertThat(report.rate("year")).as(misses).isGreaterThanOrEqualTo(1.0 - TOLERANCE);
        assertThat(report.rate("doi")).as(misses).isGreaterThanOrEqualTo(1.0 - TOLERANCE);
        assertThat(report.rate("arxiv_id")).as(misses).isGreaterThanOrEqualTo(1.0 - TOLERANCE);
        assertThat(report.rate(PdfGoldScores.QA_SENTENCES)).as(misses).isGreaterThanOrEqualTo(17 / 18.0 - TOLERANCE);
    }

    @Test
    void aSlideWithOneGlyphIsNoPaperAndSaysSo() throws IOException {
        Path slide = DevData.require("pdfs/coordinate_calibrator.pdf");
        byte[] bytes = Files.readAllBytes(slide);
        assertThatThrownBy(() -> PdfPapers.read("slide.pdf", bytes)).isInstanceOf(ParseException.class)
                .hasMessageStartingWith("slide.pdf: page 1: no title found");
    }

    @Test
    void aTwoColumnPaperKeepsItsColumnsApartAndDropsRunningLines() throws Exception {
        Path file = DevData.require("pdfs/map-reduce.pdf");
        PdfPaper paper = PdfPapers.read("mr.pdf", Files.readAllBytes(file));
        assertThat(paper.passages()).noneMatch(p -> p.text().startsWith("To appear in"));
        assertThat(paper.passages().getFirst().section()).isEqualTo("Abstract");
        assertThat(paper.passages().getFirst().text()).startsWith("MapReduce is a programming model and an associated implementation");
        assertThat(paper.references()).hasSizeGreaterThan(10);
        assertThat(paper.references()).allSatisfy(r -> assertThat(r.raw()).isNotBlank());
        assertThat(paper.references().getFirst().year()).isNotNull();
        assertThat(paper.passages()).extracting(PdfPassage::page).isSorted();
        assertThat(paper.passages().getLast().page()).isLessThanOrEqualTo(paper.pages());
    }
}
