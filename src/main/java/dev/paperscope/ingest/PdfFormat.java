package dev.paperscope.ingest;

import dev.paperscope.ingest.pdf.PdfPaper;
import dev.paperscope.ingest.pdf.PdfPapers;
import dev.paperscope.ingest.pdf.PdfPassage;
import dev.paperscope.ingest.pdf.PdfReference;
import java.util.List;

/**
 * The PDF format: a paper read from its own PDF ({@link PdfPapers}) as one record of kind paper, whose
 * source is the page its header is printed on. The body's passages ({@code {page, section, text}}) and
 * the references ({@code {raw, title, authors, year}}) are kept in {@code extra}, bounded in number and size.
 * The record's source page is the page its header was read from.
 */
final class PdfFormat implements Parser {
    /** Characters of passage text a record keeps at most (about 400 pages of prose). */
    static final int MAX_PASSAGE_CHARS = 2_000_000;

    @Override
    public String format() {
        return PdfPapers.FORMAT;
    }

    @Override
    public double detect(SourceDocument doc) {
        return doc.isPdf() ? 1.0 : 0.0;
    }

    @Override
    public List<SourceRecord> parse(SourceDocument doc) throws ParseException {
        if (!doc.isPdf()) {
            throw doc.error(1, "not a PDF file (it does not start with %PDF-)");
        }
        PdfPaper paper = PdfPapers.read(doc.fileName(), doc.pdfBytes());
        SourceRecord.Builder b = SourceRecord.builder(RecordKind.PAPER, doc.sourceAtPage(paper.headerPage(), format()))
                .title(paper.title()).authors(paper.authors()).abstractText(paper.abstractText())
                .venue(paper.venue()).year(paper.year()).raw(paper.header());
        b.extra("doi", paper.doi()).extra("arxiv_id", paper.arxivId()).extra("page_count", paper.pages());
        if (paper.pagesRead() < paper.pages()) {
            b.extra("pages_read", paper.pagesRead());
        }
        int chars = 0;
        List<java.util.Map<String, Object>> passages = new java.util.ArrayList<>();
        for (PdfPassage p : paper.passages()) {
            chars += p.text().length();
            if (chars > MAX_PASSAGE_CHARS) {
                b.derived("passages", "the first " + passages.size() + " of " + paper.passages().size()
                        + " passages kept, the limit of " + MAX_PASSAGE_CHARS + " characters for a record");
                break;
            }
            passages.add(p.toMap());
        }
        b.extra("passages", passages).extra("references", paper.references().stream().map(PdfReference::toMap).toList());
        paper.derived().forEach(d -> b.derived(d.field(), d.reason()));
        return List.of(b.build());
    }
}
