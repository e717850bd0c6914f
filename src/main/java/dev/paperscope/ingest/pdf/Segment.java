package dev.paperscope.ingest.pdf;

/**
 * A run of text on one line of a page that no wide gap interrupts (a line of one column, a name beside
 * another, an e-mail set apart): its text (superscript marks dropped, ordinals kept), its box in points
 * from the page's top-left corner, and the size, weight and name of the font most of its characters use.
 */
record Segment(int page, String text, float x0, float x1, float top, float base, float size, boolean bold, String font) {
    float width() {
        return x1 - x0;
    }

    boolean sameStyle(Segment o) {
        return Math.abs(size - o.size) < 0.6f && bold == o.bold;
    }

    float centre() {
        return (x0 + x1) / 2;
    }
}
