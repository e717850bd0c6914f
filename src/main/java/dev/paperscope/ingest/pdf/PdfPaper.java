package dev.paperscope.ingest.pdf;

import dev.paperscope.ingest.Derivation;
import java.util.List;

/**
 * What a PDF says about itself: the header of page 1 (title, authors in printed order, abstract, and
 * venue, year, DOI and arXiv id when printed), the body as passages with pages and sections, and the
 * references. {@code derived} says for every header field where on which page it was read; the header is
 * read from {@code headerPage}, the first page holding text (page 1 but for a blank cover). Text fields
 * are null when not found; {@code pagesRead} is less than {@code pages} when the page limit cut it.
 */
public record PdfPaper(String title, List<String> authors, String abstractText, String venue, Integer year, String doi,
        String arxivId, int pages, int pagesRead, int headerPage, List<PdfPassage> passages, List<PdfReference> references,
        List<Derivation> derived, String header) {
    public PdfPaper {
        authors = List.copyOf(authors);
        passages = List.copyOf(passages);
        references = List.copyOf(references);
        derived = List.copyOf(derived);
        header = header == null ? "" : header;
    }
}
