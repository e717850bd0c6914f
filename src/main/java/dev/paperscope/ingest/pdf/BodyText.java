package dev.paperscope.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A paper's body in reading order, as passages with pages and sections, and its references section as
 * lines for {@link References}. Running headers, footers and page numbers are dropped; a paragraph ends
 * at a wider gap, a change of font size, a heading, or a short line that ends a sentence; a paragraph
 * running on across a column or page break stays one.
 */
final class BodyText {
    static final int MAX_PASSAGE_CHARS = 1_200;
    static final int MAX_PASSAGES = 4_000;
    static final int MAX_REFERENCE_LINES = 20_000;

    private final float bodySize;
    private boolean numberedOnly;
    private final Set<String> vocabulary;
    private final List<PdfPassage> passages = new ArrayList<>();
    private final List<Segment> referenceLines = new ArrayList<>();
    private final List<Segment> paragraph = new ArrayList<>();
    private String section;
    private boolean inReferences;

    private BodyText(float bodySize, Set<String> vocabulary) {
        this.bodySize = bodySize;
        this.vocabulary = vocabulary;
    }

    /** Reads the body: {@code skipOnFirst} segments of page 1 in reading order belong to the header. */
    static BodyText read(List<PageLayout> pages, List<List<Segment>> ordered, int skipOnFirst, float bodySize, Set<String> vocabulary) {
        BodyText body = new BodyText(bodySize, vocabulary);
        body.numberedOnly = Headings.numbered(ordered, bodySize);
        Margins margins = Margins.of(pages);
        for (int p = 0; p < pages.size(); p++) {
            PageLayout page = pages.get(p);
            List<Segment> segments = ordered.get(p);
            for (int i = p == 0 ? skipOnFirst : 0; i < segments.size(); i++) {
                Segment s = segments.get(i);
                if (!margins.isRunning(s, page)) {
                    body.add(s);
                }
            }
        }
        body.flush();
        return body;
    }

    List<PdfPassage> passages() {
        return passages;
    }

    List<Segment> referenceLines() {
        return referenceLines;
    }

    private void add(Segment s) {
        if (inReferences) {
            if (Headings.endsReferences(s, bodySize)) {
                inReferences = false;
            } else {
                if (referenceLines.size() < MAX_REFERENCE_LINES) {
                    referenceLines.add(s);
                }
                return;
            }
        }
        String runIn = section == null ? Abstracts.runIn(s.text()) : null;
        if (runIn != null) {
            flush();
            section = "Abstract";
            paragraph.add(new Segment(s.page(), runIn, s.x0(), s.x1(), s.top(), s.base(), s.size(), s.bold(), s.font()));
            return;
        }
        if (Headings.is(s, bodySize, numberedOnly)) {
            flush();
            if (Headings.isReferences(s, bodySize)) {
                inReferences = true;
            }
            section = s.text();
            return;
        }
        if (!paragraph.isEmpty() && breaksBefore(paragraph.getLast(), s)) {
            flush();
        }
        paragraph.add(s);
    }

    private boolean breaksBefore(Segment prev, Segment s) {
        if (Math.abs(prev.size() - s.size()) > 0.6f) {
            return true;
        }
        boolean sentenceEnd = prev.text().matches(".*[.!?:]['\"’”)]?$");
        if (s.page() != prev.page() || s.top() < prev.top() - 0.5f * s.size()) {
            return sentenceEnd; // a column or page break: a sentence running on continues the paragraph
        }
        if (s.top() - prev.base() > 0.9f * s.size()) {
            return true;
        }
        boolean shortLine = prev.x1() < s.x1() - 1.5f * s.size() || s.x0() > prev.x0() + 0.8f * s.size();
        return sentenceEnd && shortLine;
    }

    private void flush() {
        if (paragraph.isEmpty()) {
            return;
        }
        int page = paragraph.getFirst().page();
        String text = TextMending.join(paragraph.stream().map(Segment::text).toList(), vocabulary);
        paragraph.clear();
        if (Headings.letters(text) < 0.5 * text.length() || text.length() < 20) {
            return; // a table's numbers or a formula's debris, not prose
        }
        for (String chunk : Chunks.split(text, MAX_PASSAGE_CHARS)) {
            if (passages.size() < MAX_PASSAGES) {
                passages.add(new PdfPassage(page, section, chunk));
            }
        }
    }
}
