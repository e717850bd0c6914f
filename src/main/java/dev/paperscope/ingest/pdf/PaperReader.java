package dev.paperscope.ingest.pdf;

import dev.paperscope.ingest.Derivation;
import dev.paperscope.ingest.ParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Puts a paper together from its laid-out pages: page 1's header, then the body and references. */
final class PaperReader {
    /** A paragraph taken for the abstract when no heading names one is at least this long. */
    static final int MIN_UNNAMED_ABSTRACT = 250;
    static final int MAX_HEADER_CHARS = 20_000;

    private PaperReader() {
    }

    /** The paper of {@code pages} (the laid-out pages holding content, of the first {@code pagesRead} of {@code pageCount}). */
    static PdfPaper read(String file, List<PageLayout> pages, int pageCount, int pagesRead, String metadataTitle) throws ParseException {
        float bodySize = PdfPapers.bodySize(pages);
        Set<String> vocabulary = new HashSet<>();
        pages.forEach(p -> p.segments().forEach(s -> TextMending.collectWords(s.text(), vocabulary)));
        List<List<Segment>> ordered = pages.stream().map(PageOrder::order).toList();
        PageLayout first = pages.getFirst();
        List<Segment> rows = PageOrder.rows(ordered.getFirst());
        List<Segment> reading = ordered.getFirst();
        List<Derivation> derived = new ArrayList<>();
        String on = "page " + first.number() + ": ";

        List<Segment> titleLines = Title.find(rows, first, bodySize, metadataTitle);
        if (titleLines.isEmpty()) {
            throw PdfPapers.whole(file, on + "no title found (no line near the top is set larger than the body text, nor bold); "
                    + "not a paper's first page?", null);
        }
        String title = Title.text(titleLines);
        boolean larger = titleLines.getFirst().size() >= bodySize * 1.15f;
        derived.add(new Derivation("title", on + "the " + count(titleLines.size(), "line") + (larger ? " set largest (" : " set bold (")
                + Math.round(titleLines.getFirst().size()) + " pt) near the top of the page"));
        float titleBottom = titleLines.getLast().base();

        Abstracts.Start heading = Abstracts.heading(reading);
        List<Segment> abstractLines;
        String runIn = null;
        float headerEnd;
        String abstractHow;
        if (heading != null && reading.get(heading.index()).top() > titleBottom) {
            runIn = heading.runIn();
            abstractLines = Abstracts.body(reading, heading.index() + 1, bodySize);
            headerEnd = reading.get(heading.index()).top();
            abstractHow = on + "the text after the '" + reading.get(heading.index()).text().replaceAll("(?<=^.{8}).*", "") + "' heading";
        } else {
            int after = firstBelow(reading, titleBottom);
            abstractLines = Abstracts.firstParagraph(reading, after, bodySize, MIN_UNNAMED_ABSTRACT);
            headerEnd = abstractLines.isEmpty() ? first.height() * 0.5f : abstractLines.getFirst().top();
            abstractHow = on + "the first paragraph below the header (no heading names an abstract)";
        }
        String abstractText = Abstracts.text(runIn, abstractLines, vocabulary);
        if (!abstractText.isEmpty()) {
            derived.add(new Derivation("abstract", abstractHow + "; line-end hyphens and ligatures mended"));
        }

        float zoneEnd = headerEnd;
        // Names are read from the line pieces as cut at wide gaps (not joined again): names set side by side stay apart.
        List<Segment> zone = PageOrder.rows(first.segments()).stream().filter(s -> s.top() > titleBottom - 0.5f && s.base() <= zoneEnd + 0.5f
                && !titleLines.contains(s)).toList();
        List<String> authors = Authors.find(zone);
        if (!authors.isEmpty()) {
            derived.add(new Derivation("authors", on + "the lines of names between the title and the abstract, in printed order;"
                    + " marks, e-mails and affiliations dropped"));
        }

        Optional<PrintedVenue.Found> venue = PrintedVenue.venue(PrintedVenue.blocks(reading, first, bodySize));
        venue.ifPresent(v -> {
            derived.add(new Derivation("venue", on + "printed in the margin or a footnote: '" + shorten(v.block(), 120) + "'"));
            if (v.year() != null) {
                derived.add(new Derivation("year", on + "the year printed with the venue"));
            }
        });
        String pageText = String.join(" ", rows.stream().map(Segment::text).toList()) + " " + first.sideways();
        Optional<String> doi = PrintedVenue.doi(pageText);
        doi.ifPresent(d -> derived.add(new Derivation("doi", on + "printed DOI")));
        Optional<String> arxiv = PrintedVenue.arxiv(pageText);
        arxiv.ifPresent(a -> derived.add(new Derivation("arxiv_id", on + "printed arXiv identifier")));
        if (pagesRead < pageCount) {
            derived.add(new Derivation("passages", "the first " + pagesRead + " of " + pageCount + " pages read, the limit for a PDF"));
        }

        List<List<Segment>> body = new ArrayList<>(ordered);
        float bodyStart = headerEnd - 0.5f * bodySize;
        List<Segment> venueLines = venue.map(PrintedVenue.Found::lines).orElse(List.of());
        body.set(0, reading.stream().filter(s -> s.top() >= bodyStart && !venueLines.contains(s)).toList());
        BodyText text = BodyText.read(pages, body, 0, bodySize, vocabulary);
        List<PdfReference> references = References.parse(text.referenceLines(), vocabulary);

        StringBuilder header = new StringBuilder();
        for (Segment s : rows) {
            if (s.top() < headerEnd && header.length() < MAX_HEADER_CHARS) {
                header.append(s.text()).append('\n');
            }
        }
        header.append(abstractText);
        return new PdfPaper(title, authors, abstractText.isEmpty() ? null : abstractText,
                venue.map(PrintedVenue.Found::venue).orElse(null), venue.map(PrintedVenue.Found::year).orElse(null),
                doi.orElse(null), arxiv.orElse(null), pageCount, pagesRead, first.number(), text.passages(), references, derived,
                shorten(header.toString(), MAX_HEADER_CHARS));
    }

    private static int firstBelow(List<Segment> reading, float y) {
        for (int i = 0; i < reading.size(); i++) {
            if (reading.get(i).top() > y) {
                return i;
            }
        }
        return reading.size();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
