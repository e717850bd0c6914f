package dev.paperscope.ingest.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper, kept for what it does well (glyphs to Unicode, words, lines, diacritics), with
 * its output replaced by positioned {@link Segment}s: each of its lines is cut where a wide gap shows a
 * column gutter or text set apart, and superscript marks (footnote and affiliation marks) are dropped.
 */
final class LayoutStripper extends PDFTextStripper {
    /** A gap wider than this many font sizes separates segments (column gutters, names side by side). */
    static final float SEGMENT_GAP = 0.9f;
    private static final Pattern BOLD = Pattern.compile("(?i)(bold|black|heavy|semibold|demi|medi|cmbx|cmb\\d|[-,.]b$|[-,.]bd$)");

    private final List<PageLayout> pages = new ArrayList<>();
    private final List<List<TextPosition>> lineWords = new ArrayList<>();
    private final List<Segment> segments = new ArrayList<>();
    private final StringBuilder sideways = new StringBuilder();
    private final Map<PDFont, Boolean> boldFonts = new HashMap<>();

    LayoutStripper() {
        setSortByPosition(true);
        setSuppressDuplicateOverlappingText(true);
    }

    /**
     * Glyphs one page may show: a dense two-column page of a paper has under 10,000; a damaged content stream
     * can show millions (a fuzzed 10 MB string), which PDFBox would position one by one for minutes.
     */
    static final int MAX_GLYPHS_PER_PAGE = 200_000;
    private long deadline = Long.MAX_VALUE;
    private int pageGlyphs;

    /** Lays out pages {@code first} to {@code last} (1-based, inclusive). */
    List<PageLayout> layout(PDDocument document, int first, int last) throws IOException {
        setStartPage(first);
        setEndPage(last);
        writeText(document, new StringWriter());
        return List.copyOf(pages);
    }

    /** As {@link #layout}, giving up with {@link TooSlow} when a page starts after {@code deadlineNanos} ({@link System#nanoTime()}). */
    List<PageLayout> layout(PDDocument document, int first, int last, long deadlineNanos) throws IOException {
        deadline = deadlineNanos;
        return layout(document, first, last);
    }

    /** The page being read (1-based), for errors. */
    int pageNumber() {
        return getCurrentPageNo();
    }

    /** Reading took longer than its deadline. */
    static final class TooSlow extends IOException {
        private static final long serialVersionUID = 1L;

        TooSlow() {
            super("reading took too long");
        }
    }

    @Override
    protected void startPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
        if (System.nanoTime() > deadline) {
            throw new TooSlow();
        }
        pageGlyphs = 0;
        super.startPage(page);
    }

    /** Counts the page's glyphs against {@link #MAX_GLYPHS_PER_PAGE}, and looks at the deadline within a page too. */
    @Override
    protected void showGlyph(org.apache.pdfbox.util.Matrix textRenderingMatrix, PDFont font, int code,
            org.apache.pdfbox.util.Vector displacement) throws IOException {
        if (++pageGlyphs > MAX_GLYPHS_PER_PAGE) {
            throw new IOException("more than " + MAX_GLYPHS_PER_PAGE + " characters on one page; not a page of a paper");
        }
        if ((pageGlyphs & 1023) == 0 && System.nanoTime() > deadline) {
            throw new TooSlow();
        }
        super.showGlyph(textRenderingMatrix, font, code, displacement);
    }

    @Override
    protected void writePageStart() {
        lineWords.clear();
        segments.clear();
        sideways.setLength(0);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        if (positions.isEmpty()) {
            return;
        }
        if (positions.getFirst().getDir() != 0f) {
            sideways.append(text).append(' ');
            return;
        }
        lineWords.add(List.copyOf(positions));
    }

    @Override
    protected void writeWordSeparator() {
        // words are separated by position, not by the stripper's separators
    }

    @Override
    protected void writeLineSeparator() {
        flushLine();
    }

    @Override
    protected void writePageEnd() {
        flushLine();
        PDRectangle box = getCurrentPage().getCropBox();
        float w = box == null ? 612 : box.getWidth();
        float h = box == null ? 792 : box.getHeight();
        if (getCurrentPage().getRotation() % 180 != 0) {
            float t = w;
            w = h;
            h = t;
        }
        pages.add(new PageLayout(getCurrentPageNo(), w, h, segments, sideways.toString().strip()));
    }

    private void flushLine() {
        if (lineWords.isEmpty()) {
            return;
        }
        lineWords.sort((a, b) -> Float.compare(a.getFirst().getXDirAdj(), b.getFirst().getXDirAdj()));
        List<List<TextPosition>> run = new ArrayList<>();
        float runEnd = Float.NEGATIVE_INFINITY;
        for (List<TextPosition> word : lineWords) {
            float x0 = word.getFirst().getXDirAdj();
            float size = size(word.getFirst());
            if (!run.isEmpty() && x0 - runEnd > SEGMENT_GAP * size) {
                addSegment(run);
                run = new ArrayList<>();
            }
            run.add(word);
            runEnd = Math.max(runEnd, end(word));
        }
        addSegment(run);
        lineWords.clear();
    }

    private void addSegment(List<List<TextPosition>> words) {
        if (words.isEmpty()) {
            return;
        }
        Map<Float, Integer> sizes = new HashMap<>();
        words.forEach(w -> w.forEach(t -> sizes.merge(Math.round(size(t) * 2) / 2f, 1, Integer::sum)));
        float size = sizes.entrySet().stream().max(Map.Entry.<Float, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey();
        List<Float> bases = new ArrayList<>();
        words.forEach(w -> w.stream().filter(t -> Math.abs(size(t) - size) < 0.6f).forEach(t -> bases.add(t.getYDirAdj())));
        bases.sort(null);
        float base = bases.isEmpty() ? words.getFirst().getFirst().getYDirAdj() : bases.get(bases.size() / 2);
        StringBuilder text = new StringBuilder();
        StringBuilder marked = new StringBuilder();
        int boldCount = 0;
        int count = 0;
        Map<String, Integer> fonts = new HashMap<>();
        float x0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        for (List<TextPosition> word : words) {
            if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
                text.append(' ');
            }
            if (!marked.isEmpty() && marked.charAt(marked.length() - 1) != ' ') {
                marked.append(' ');
            }
            for (TextPosition t : word) {
                boolean sup = size(t) < 0.85f * size && t.getYDirAdj() < base - 0.2f * size;
                String u = t.getUnicode();
                if (u == null) {
                    continue;
                }
                if (sup && isOrdinal(u) && endsWithNumber(text)) {
                    if (text.charAt(text.length() - 1) == ' ') {
                        text.setLength(text.length() - 1); // "28 th" set as a superscript is "28th"
                    }
                    if (marked.charAt(marked.length() - 1) == ' ') {
                        marked.setLength(marked.length() - 1);
                    }
                } else if (sup) {
                    if (!marked.toString().endsWith("| ")) {
                        marked.append(" | "); // a mark between names ("Ada Lovelace¹ Alan Turing²") parts them
                    }
                    continue;
                }
                text.append(u);
                marked.append(u);
                x0 = Math.min(x0, t.getXDirAdj());
                x1 = Math.max(x1, t.getXDirAdj() + t.getWidthDirAdj());
                count++;
                if (isBold(t.getFont())) {
                    boldCount++;
                }
                fonts.merge(fontName(t.getFont()), 1, Integer::sum);
            }
        }
        String s = TextMending.clean(text.toString());
        if (s.isEmpty() || count == 0) {
            return;
        }
        String font = fonts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey();
        segments.add(new Segment(getCurrentPageNo(), s, x0, x1, base - size, base, size, boldCount * 2 > count, font,
                TextMending.clean(marked.toString())));
    }

    private static boolean endsWithNumber(StringBuilder text) {
        int n = text.length();
        return n >= 1 && Character.isDigit(text.charAt(n - 1)) || n >= 2 && text.charAt(n - 1) == ' ' && Character.isDigit(text.charAt(n - 2))
                || n >= 2 && Character.isLowerCase(text.charAt(n - 1)) && Character.isDigit(text.charAt(n - 2));
    }

    private static boolean isOrdinal(String u) {
        return u.length() == 1 && Character.isLowerCase(u.charAt(0));
    }

    private static float end(List<TextPosition> word) {
        TextPosition last = word.getLast();
        return last.getXDirAdj() + last.getWidthDirAdj();
    }

    /**
     * The glyph's size in points from the text matrix's vertical scale: the horizontal one (that
     * {@link TextPosition#getFontSizeInPt()} uses) also also carries font expansion and condensed type.
     */
    static float size(TextPosition t) {
        float s = Math.abs(t.getTextMatrix().getScalingFactorY());
        return s > 0.5f ? s : Math.max(t.getHeightDir(), 1f);
    }

    private static String fontName(PDFont font) {
        String name = font == null || font.getName() == null ? "" : font.getName();
        int plus = name.indexOf('+');
        return plus >= 0 ? name.substring(plus + 1) : name;
    }

    private boolean isBold(PDFont font) {
        if (font == null) {
            return false;
        }
        return boldFonts.computeIfAbsent(font, f -> {
            PDFontDescriptor d = f.getFontDescriptor();
            return BOLD.matcher(fontName(f).toLowerCase(Locale.ROOT)).find()
                    || d != null && (d.isForceBold() || d.getFontWeight() >= 600);
        });
    }
}
