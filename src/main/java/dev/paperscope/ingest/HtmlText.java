package dev.paperscope.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * An HTML page as the text a reader sees, line by line, in the shape of the text pages the page formats
 * read: block elements start lines (paragraphs, headings, tables and sections are set apart by a blank
 * line), {@code <br>} breaks a line, list items are bullet lines ({@code "  • "}, two spaces deeper per
 * level, numbers for ordered lists), inline markup stays inside its line, entities are decoded
 * ({@code &nbsp;} stays a no-break space). A list directly after a paragraph or heading belongs to it, as a
 * reading list's bullets belong to the title above them: no blank line between them.
 *
 * <p>Left out, by semantics and never by a site's class names: scripts, styles, templates, {@code noscript},
 * forms' controls, media; navigation ({@code nav}, role {@code navigation}), sidebars ({@code aside}, role
 * {@code complementary}), the page's own header and footer (a {@code header} or {@code footer} that is not
 * inside an article, section, main or aside: the banner and content-info landmarks), dialogs (cookie
 * banners: {@code dialog}, roles {@code dialog}, {@code alertdialog}), disclosure labels ({@code summary}) and
 * presentational duplicates ({@code aria-hidden="true"}). Collapsed content ({@code hidden}, inline
 * {@code display:none}) is kept: saved pages fold abstracts away that a reader opens. Mathematics is kept as its TeX source where
 * the page has it (MathJax scripts, MathML annotations), as a reading list's text copy shows it.
 *
 * <p>Each line remembers the element it came from (a CSS selector, by the nearest {@code id} where there is
 * one: {@link ElementPaths}), for provenance.
 */
final class HtmlText {
    /** Blocks set apart by a blank line. */
    private static final Set<String> SPACED = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table",
            "hr", "figure", "dl", "section", "article", "header", "footer", "main", "details", "address", "fieldset", "form", "hgroup");
    /** Blocks on lines of their own. */
    private static final Set<String> BLOCKS = Set.of("div", "li", "ul", "ol", "menu", "dir", "tr", "td", "th", "caption",
            "thead", "tbody", "tfoot", "dt", "dd", "figcaption", "legend", "center", "body", "option", "noframes");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[ \\t\\n\\r\\f]+");
    private static final Set<String> LEAD_INS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "div", "dt", "span", "strong", "b", "a");

    /** The text, and per line (index 0 is line 1) the element it came from, or null for a blank line. */
    record Rendered(String text, List<String> lineElements) {
        Rendered {
            lineElements = java.util.Collections.unmodifiableList(new ArrayList<>(lineElements));
        }
    }

    private HtmlText() {
    }

    /** Longer than any element name a page uses; past it the HTML tokenizer slows down quadratically. */
    static final int MAX_TAG_NAME_CHARS = 1_000;

    /** Refuses a page with a tag name longer than {@link #MAX_TAG_NAME_CHARS}, naming its line. */
    static void checkTagNames(String fileName, String html) throws ParseException {
        int tag = overlongTagName(html, MAX_TAG_NAME_CHARS);
        if (tag >= 0) {
            int line = 1 + (int) html.substring(0, tag).chars().filter(c -> c == '\n').count();
            throw new ParseException(fileName, line, "a tag name longer than " + MAX_TAG_NAME_CHARS + " characters at offset " + tag
                    + ": not an HTML page a reader sees (damaged?)");
        }
    }

    /**
     * The offset of the first tag whose name is longer than {@code limit} characters, or -1. No page names an
     * element that way (custom elements have short names), and the HTML tokenizer takes time quadratic in a
     * tag name's length, so such a file is refused before it is parsed.
     */
    static int overlongTagName(String html, int limit) {
        for (int i = html.indexOf('<'); i >= 0 && i + 1 < html.length(); i = html.indexOf('<', i + 1)) {
            char first = html.charAt(i + 1);
            if (!(first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z')) {
                continue;
            }
            int end = i + 1;
            while (end < html.length() && end - i - 1 <= limit && !isTagNameEnd(html.charAt(end))) {
                end++;
            }
            if (end - i - 1 > limit) {
                return i;
            }
            i = end - 1;
        }
        return -1;
    }

    private static boolean isTagNameEnd(char c) {
        return c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    static Rendered render(String html) {
        Document doc = Jsoup.parse(html);
        Writer w = new Writer();
        NodeTraversor.filter(w, doc.body());
        return w.finish(new ElementPaths(doc));
    }

    /** Walks the body once, writing text and line breaks. */
    private static final class Writer implements NodeFilter {
        private final StringBuilder out = new StringBuilder();
        private final List<Element> owners = new ArrayList<>();
        private final Deque<Element> blocks = new ArrayDeque<>();
        private final Deque<Item> items = new ArrayDeque<>();
        private final Deque<int[]> orderedCounters = new ArrayDeque<>();
        private int pending;
        private int line;
        private int pre;

        /** An open list item: its bullet, its depth, and whether its first line has been written. */
        private static final class Item {
            final String bullet;
            final String indent;
            boolean started;

            Item(String bullet, String indent) {
                this.bullet = bullet;
                this.indent = indent;
            }
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                text(t.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.SKIP_ENTIRELY; // comments, doctypes
            }
            if (HtmlChrome.dropped(e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            String tex = HtmlChrome.tex(e);
            if (tex != null) {
                text(tex);
                return FilterResult.SKIP_ENTIRELY;
            }
            String tag = e.normalName();
            switch (tag) {
                case "br" -> lineBreak();
                case "pre" -> pre++;
                case "ul", "ol", "menu", "dir" -> orderedCounters.push(new int[] {tag.equals("ol") ? e.attr("start").matches("\\d{1,6}") ? Integer.parseInt(e.attr("start")) - 1 : 0 : -1});
                case "li" -> {
                    int[] counter = orderedCounters.peek();
                    String indent = "  ".repeat(Math.max(1, orderedCounters.size()));
                    String bullet = counter != null && counter[0] >= 0 ? indent + (++counter[0]) + ". " : indent + "• ";
                    items.push(new Item(bullet, indent + "  "));
                }
                default -> { }
            }
            if (SPACED.contains(tag) || BLOCKS.contains(tag)) {
                blocks.push(e);
                breaks(startBreaks(e));
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            String tag = e.normalName();
            switch (tag) {
                case "pre" -> pre--;
                case "ul", "ol", "menu", "dir" -> orderedCounters.pop();
                case "li" -> items.pop();
                default -> { }
            }
            if (SPACED.contains(tag) || BLOCKS.contains(tag)) {
                blocks.pop();
                breaks(items.isEmpty() && SPACED.contains(tag) ? 2 : 1);
            }
            return FilterResult.CONTINUE;
        }

        /**
         * Line breaks an element needs before it: a blank line for spaced blocks (none inside a list item),
         * one for other blocks, and one for a list right after its lead-in (a paragraph or heading).
         */
        private int startBreaks(Element e) {
            String tag = e.normalName();
            if ((tag.equals("ul") || tag.equals("ol")) && e.previousElementSibling() != null
                    && LEAD_INS.contains(e.previousElementSibling().normalName()) && !e.previousElementSibling().text().isBlank()) {
                pending = Math.min(pending, 1);
                return 1;
            }
            return items.isEmpty() && SPACED.contains(tag) ? 2 : 1;
        }

        private void breaks(int n) {
            pending = Math.max(pending, n);
        }

        private void lineBreak() {
            if (out.isEmpty()) {
                return;
            }
            flushBreaks();
            trimTrailingSpaces();
            append("\n");
        }

        private void text(String raw) {
            String s = pre > 0 ? raw.replace("\r\n", "\n").replace('\r', '\n') : SPACES.matcher(raw).replaceAll(" ");
            if (s.isEmpty()) {
                return;
            }
            if (pre == 0 && s.equals(" ")) {
                // Space between elements: a word gap within a line, nothing at a line's start or before a break.
                if (pending == 0 && !atLineStart() && out.charAt(out.length() - 1) != ' ') {
                    append(" ");
                }
                return;
            }
            flushBreaks();
            if (atLineStart() && pre == 0) {
                s = s.stripLeading();
                if (s.isEmpty()) {
                    return;
                }
            } else if (s.startsWith(" ") && !out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
                s = s.substring(1);
            }
            if (atLineStart()) {
                startLine();
            }
            append(s);
        }

        /** Opens a line: its owner element, and the bullet or continuation indent of the list item it is in. */
        private void startLine() {
            while (owners.size() <= line) {
                owners.add(null);
            }
            owners.set(line, blocks.peek());
            Item item = items.peek();
            if (item != null) {
                out.append(item.started ? item.indent : item.bullet);
                item.started = true;
            }
        }

        private boolean atLineStart() {
            return out.isEmpty() || out.charAt(out.length() - 1) == '\n';
        }

        private void flushBreaks() {
            if (pending > 0 && !out.isEmpty()) {
                trimTrailingSpaces();
                int have = 0;
                for (int i = out.length() - 1; i >= 0 && out.charAt(i) == '\n' && have < pending; i--) {
                    have++;
                }
                append("\n".repeat(pending - have));
            }
            pending = 0;
        }

        private void trimTrailingSpaces() {
            int end = out.length();
            while (end > 0 && out.charAt(end - 1) == ' ') {
                end--;
            }
            out.setLength(end);
        }

        private void append(String s) {
            out.append(s);
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == '\n') {
                    line++;
                }
            }
        }

        Rendered finish(ElementPaths paths) {
            trimTrailingSpaces();
            String text = out.toString().stripTrailing();
            List<String> lines = text.lines().toList();
            Map<Element, String> selectors = new IdentityHashMap<>();
            List<String> elements = new ArrayList<>(lines.size());
            Element last = null;
            for (int i = 0; i < lines.size(); i++) {
                Element owner = i < owners.size() && owners.get(i) != null ? owners.get(i) : last; // a preformatted block's later lines
                last = owner;
                elements.add(owner == null || lines.get(i).isBlank() ? null : selectors.computeIfAbsent(owner, paths::of));
            }
            return new Rendered(text + "\n", elements);
        }
    }
}
