package dev.paperscope.ingest.pdf;

/**
 * A run of text on one line of a page that no wide gap interrupts (a line of one column, a name beside
 * another, an e-mail set apart): its text (superscript marks dropped, ordinals kept), its box in points
 * from the page's top-left corner, and the size, weight and name of the font most of its characters use.
 * {@code marked} is the text with each dropped superscript mark shown as " | ": where marks alone part
 * names set side by side ("Ada Lovelace¹ Alan Turing²"), they still part them.
 */
record Segment(int page, String text, float x0, float x1, float top, float base, float size, boolean bold, String font, String marked) {
    Segment(int page, String text, float x0, float x1, float top, float base, float size, boolean bold, String font) {
        this(page, text, x0, x1, top, base, size, bold, font, text);
    }

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
