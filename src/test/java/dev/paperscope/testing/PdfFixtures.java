package dev.paperscope.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Small PDFs made in the tests with PDFBox: a one-column paper, an encrypted copy, an image-only page, an empty page. */
public final class PdfFixtures {
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    private static final PDType1Font ROMAN = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);

    private PdfFixtures() {
    }

    /** A one-page paper: a large bold title, a line of names with marks, an e-mail line, an Abstract heading and its text, a section. */
    public static byte[] paper(String title, String names, String abstractText) throws IOException {
        return paper(title, 17, names, abstractText);
    }

    /** As {@link #paper(String, String, String)} with the title set in {@code titleSize} points (the body is 10). */
    public static byte[] paper(String title, float titleSize, String names, String abstractText) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                text(cs, BOLD, titleSize, 100, 700, title);
                text(cs, BOLD, 11, 100, 660, names);
                text(cs, ROMAN, 10, 100, 646, "Department of Computer Science, Example University");
                text(cs, ROMAN, 10, 100, 632, "first@example.org");
                text(cs, BOLD, 11, 100, 590, "Abstract");
                float y = 574;
                for (String line : wrap(abstractText, 90)) {
                    text(cs, ROMAN, 10, 100, y, line);
                    y -= 12;
                }
                y -= 14;
                text(cs, BOLD, 11, 100, y, "1 Introduction");
                y -= 16;
                for (String line : wrap("Passages are read from the body of the paper with their page numbers. "
                        + "The second sentence of the introduction says what the paper measured.", 90)) {
                    text(cs, ROMAN, 10, 100, y, line);
                    y -= 12;
                }
            }
            return save(doc);
        }
    }

    /**
     * A two-page, two-column paper of another layout: a small banner naming the venue above the title, a
     * title over two lines, two authors side by side (bold names, affiliations and e-mails below each), a
     * run-in "Abstract—" in the left column beside the right column's text, running headers and page
     * numbers, and a labelled references section on page 2.
     */
    public static byte[] twoColumnPaper() throws IOException {
        PDType1Font mono = new PDType1Font(Standard14Fonts.FontName.COURIER);
        try (PDDocument doc = new PDDocument()) {
            PDPage one = new PDPage(PDRectangle.LETTER);
            doc.addPage(one);
            try (PDPageContentStream cs = new PDPageContentStream(doc, one)) {
                text(cs, ROMAN, 8, 72, 760, "Published as a conference paper at ICLR 2021");
                text(cs, BOLD, 16, 120, 720, "Column Order and the Reading of");
                text(cs, BOLD, 16, 160, 700, "Two-Column Scientific Papers");
                text(cs, BOLD, 10, 130, 670, "Mary Somerville*");
                text(cs, BOLD, 10, 380, 670, "Emmy Noether\u2020");
                text(cs, ROMAN, 9, 110, 658, "Department of Mathematics");
                text(cs, ROMAN, 9, 360, 658, "Institute of Algebra");
                text(cs, mono, 8, 120, 647, "mary@example.org");
                text(cs, mono, 8, 370, 647, "emmy@example.org");
                column(cs, 72, 610, "Abstract\u2014We show that the left column of a page is read before the right one, "
                        + "and that running headers are dropped. Columns are found from the empty strip between them. "
                        + "The abstract ends where the first heading begins.", 45);
                text(cs, BOLD, 10, 72, 520, "1 Introduction");
                column(cs, 72, 505, "The introduction starts in the left column and goes on below the heading. "
                        + "It holds two sentences before it ends.", 45);
                column(cs, 320, 610, "The right column begins at the top of the page, beside the abstract, and its text "
                        + "is read only after the whole left column. It describes the method in some detail so that "
                        + "the reader can follow what was done and why it was done that way.", 45);
                text(cs, ROMAN, 9, 300, 40, "1");
            }
            PDPage two = new PDPage(PDRectangle.LETTER);
            doc.addPage(two);
            try (PDPageContentStream cs = new PDPageContentStream(doc, two)) {
                text(cs, ROMAN, 8, 72, 760, "Published as a conference paper at ICLR 2021");
                column(cs, 72, 720, "The second page continues the method with more words in its left column, "
                        + "enough to fill several lines of a narrow column of text.", 45);
                text(cs, BOLD, 10, 72, 640, "2 Results");
                column(cs, 72, 625, "The results say that the order was right on every page that was tried.", 45);
                text(cs, BOLD, 10, 320, 720, "References");
                column(cs, 320, 705, "[1] A. Lovelace and C. Babbage. Notes on the analytical engine. Scientific Memoirs, 1843.", 45);
                column(cs, 320, 670, "[2] A. Turing. On computable numbers. Proceedings of the London Mathematical Society, 1936.", 45);
                text(cs, ROMAN, 9, 300, 40, "2");
            }
            return save(doc);
        }
    }

    private static void column(PDPageContentStream cs, float x, float y, String text, int width) throws IOException {
        for (String line : wrap(text, width)) {
            text(cs, ROMAN, 10, x, y, line);
            y -= 12;
        }
    }

    /** {@link #paper} followed by {@code blank} empty pages: a very long document. */
    public static byte[] longPaper(int blank) throws IOException {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(paper("A Very Long Document Indeed", "Ada Lovelace", "Short abstract of it."))) {
            for (int i = 0; i < blank; i++) {
                doc.addPage(new PDPage(PDRectangle.LETTER));
            }
            return save(doc);
        }
    }

    /** The same paper, encrypted with a user password. */
    public static byte[] encrypted() throws IOException {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(paper("A Locked Paper About Things", "Ada Lovelace", "Some abstract text."))) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return save(doc);
        }
    }

    /** A page holding only an image: what a scanner makes. */
    public static byte[] imageOnly() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            BufferedImage img = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
            PDImageXObject x = LosslessFactory.createFromImage(doc, img);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(x, 100, 400, 300, 300);
            }
            return save(doc);
        }
    }

    /** A document of one empty page. */
    public static byte[] emptyPage() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(PDRectangle.LETTER));
            return save(doc);
        }
    }

    private static void text(PDPageContentStream cs, PDType1Font font, float size, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String w : text.split(" ")) {
            if (line.length() + w.length() + 1 > width && !line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(w);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
