package dev.paperscope.ingest.pdf;

import dev.paperscope.ingest.ParseException;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a paper from a PDF: the one public entry of this package. PDFBox gives the glyphs with their
 * positions and fonts; the layout logic here turns them into the paper's header, body passages and
 * references ({@link PdfPaper}). What it cannot read fails with one line naming the file and, where it
 * applies, the page: an encrypted file, a damaged one, one without a text layer, one with no title.
 */
public final class PdfPapers {
    /** The format's name, as stored in a record's source. */
    public static final String FORMAT = "pdf";
    /** Pages read at most: a longer file is a book or a proceedings volume; its first pages hold the paper's header. */
    public static final int MAX_PAGES = 500;
    /** Reading one file may take this long at most; a file that takes longer fails (a bound, not a figure). */
    public static final long MAX_MILLIS = 120_000;

    private PdfPapers() {
    }

    /** Reads {@code bytes} (a PDF) as the paper it prints; {@code file} names it in errors. */
    public static PdfPaper read(String file, byte[] bytes) throws ParseException {
        try (PDDocument document = load(file, bytes)) {
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw whole(file, "not a readable PDF: it has no pages", null);
            }
            int pagesRead = Math.min(pages, MAX_PAGES);
            List<PageLayout> layouts = layout(file, document, pagesRead);
            if (layouts.stream().allMatch(p -> p.segments().stream().noneMatch(s -> Headings.letters(s.text()) > 0))) {
                throw whole(file, "no text layer (scanned?): none of its " + pages + " page" + (pages == 1 ? "" : "s")
                        + " holds text; run OCR on it first", null);
            }
            String metadataTitle = document.getDocumentInformation() == null ? null : document.getDocumentInformation().getTitle();
            return PaperReader.read(file, layouts, pages, pagesRead, metadataTitle);
        } catch (IOException e) {
            throw whole(file, "not a readable PDF: " + message(e), e);
        }
    }

    private static PDDocument load(String file, byte[] bytes) throws ParseException {
        try {
            return Loader.loadPDF(bytes);
        } catch (InvalidPasswordException e) {
            throw whole(file, "encrypted PDF: it needs a password to open; save an unencrypted copy to ingest it", e);
        } catch (IOException | RuntimeException e) {
            throw whole(file, "not a readable PDF: " + message(e), e);
        }
    }

    private static List<PageLayout> layout(String file, PDDocument document, int pagesRead) throws ParseException {
        LayoutStripper stripper = new LayoutStripper();
        try {
            return stripper.layout(document, 1, pagesRead, System.nanoTime() + MAX_MILLIS * 1_000_000);
        } catch (LayoutStripper.TooSlow e) {
            throw whole(file, "page " + stripper.pageNumber() + ": reading took more than " + MAX_MILLIS / 1000
                    + " s; the file is too complex to read", e);
        } catch (IOException | RuntimeException e) {
            throw whole(file, "page " + Math.max(1, stripper.pageNumber()) + ": " + message(e), e);
        } catch (StackOverflowError e) {
            throw whole(file, "page " + Math.max(1, stripper.pageNumber()) + ": content nested too deeply to read", null);
        }
    }

    /** The size most of the text is set in (by characters): the body's size. */
    static float bodySize(List<PageLayout> pages) {
        Map<Float, Integer> chars = new HashMap<>();
        for (PageLayout p : pages) {
            for (Segment s : p.segments()) {
                chars.merge(Math.round(s.size() * 2) / 2f, s.text().length(), Integer::sum);
            }
        }
        return chars.entrySet().stream().max(Map.Entry.<Float, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(10f);
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m.strip());
    }

    static ParseException whole(String file, String problem, Throwable cause) {
        return ParseException.ofFile(file, problem, cause);
    }
}
