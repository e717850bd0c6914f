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
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                text(cs, BOLD, 17, 100, 700, title);
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
