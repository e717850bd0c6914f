/**
 * Papers read from their own PDFs. Apache PDFBox gives glyphs with positions and fonts
 * ({@code LayoutStripper}); the layout logic here makes segments (line pieces a wide gap does not cut),
 * reading order over one or two columns ({@code PageOrder}), the header of page 1 (title by font size
 * and position, authors by name shape and font, abstract after its heading, venue, year, DOI and arXiv
 * id where printed), and the body as passages with pages and sections, running headers and footers
 * dropped, ligatures and line-end hyphens mended, and the references as entries.
 *
 * <p>{@link dev.paperscope.ingest.pdf.PdfPapers#read} is the one entry; the ingest stage's PDF format
 * turns its {@link dev.paperscope.ingest.pdf.PdfPaper} into a record. {@link dev.paperscope.ingest.pdf.PdfGoldScores}
 * measures the header against a hand-checked gold file. Internals are package-private.
 */
package dev.paperscope.ingest.pdf;
