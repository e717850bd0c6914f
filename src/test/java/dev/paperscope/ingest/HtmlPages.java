package dev.paperscope.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test utility: writes a text page as the HTML page it could have been saved from, in one of several
 * markup styles, inside a site's boilerplate (head with scripts and styles, navigation, a cookie dialog,
 * sidebar, footer), with entities and inline markup. Blank lines separate blocks, as in the text pages.
 */
final class HtmlPages {
    /** How the page's blocks are marked up. */
    enum Style {
        /** Paragraphs with {@code <br>} between their lines, lists for bullets. */
        PARAGRAPHS,
        /** A {@code <section>} per block, a {@code <div>} per line. */
        SECTIONS,
        /** A {@code <table>} per block, a row per line, lists inside cells. */
        TABLES
    }

    private static final Pattern BULLET = Pattern.compile("^(\\s*)([•◦▪‣●○■–*+-]|(?<=\\s)\\d{1,3}[.)])\\s+(\\S.*)$");

    private HtmlPages() {
    }

    /** A line of text, or a list item with its depth, number (0 for a glyph) and continuation lines. */
    private record Line(String text, int depth, int number, List<String> more) {
        boolean item() {
            return depth > 0;
        }
    }

    static String page(String text, Style style) {
        StringBuilder body = new StringBuilder();
        for (List<Line> block : blocks(text)) {
            body.append(switch (style) {
                case PARAGRAPHS -> paragraphs(block);
                case SECTIONS -> sections(block);
                case TABLES -> tables(block);
            }).append('\n');
        }
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>Proceedings · Conference 2023</title>
                  <link rel="stylesheet" href="/static/site.css">
                  <style>body { font-family: sans-serif } .card::before { content: "Oral · Poster" }</style>
                  <script>window.dataLayer = []; document.write("<p>Ada Lovelace · Alan Turing</p>");</script>
                </head>
                <body>
                <header>
                  <a href="/">Conference 2023</a>
                  <nav><ul><li><a href="/">Home</a></li><li><a href="/dates">Dates &amp; Deadlines</a></li><li><a href="/papers">Papers</a></li></ul></nav>
                </header>
                <div role="dialog" aria-label="Cookies"><p>We use cookies to improve your experience on this site. By continuing to browse you agree to their use.</p><button>Accept</button></div>
                <main id="main">
                """ + body + """
                </main>
                <aside><h2>Related</h2><ul><li><a href="/a">Ada Lovelace · Alan Turing</a></li><li>Grace Hopper · Edsger Dijkstra</li></ul></aside>
                <footer><p>&copy; 2023 The Conference Foundation. All rights reserved. Contact the webmasters for questions about this site.</p>
                  <ul><li><a href="/privacy">Privacy</a></li><li><a href="/imprint">Imprint</a></li></ul></footer>
                <noscript><p>Please enable JavaScript to see the whole of this page and its schedule.</p></noscript>
                <script>var closing = '</p>';</script>
                </body>
                </html>
                """;
    }

    /** Blocks of non-blank lines; bullet lines become items, indented lines after an item continue it. */
    private static List<List<Line>> blocks(String text) {
        List<List<Line>> blocks = new ArrayList<>();
        List<Line> block = new ArrayList<>();
        for (String line : text.lines().toList()) {
            if (PageText.isBlank(line)) {
                if (!block.isEmpty()) {
                    blocks.add(block);
                    block = new ArrayList<>();
                }
                continue;
            }
            Matcher m = BULLET.matcher(line);
            if (m.matches()) {
                int depth = Math.max(1, m.group(1).length() / 2);
                String glyph = m.group(2);
                int number = Character.isDigit(glyph.charAt(0)) ? Integer.parseInt(glyph.substring(0, glyph.length() - 1)) : 0;
                block.add(new Line(m.group(3), depth, number, new ArrayList<>()));
            } else if (Character.isWhitespace(line.charAt(0)) && !block.isEmpty() && block.getLast().item()) {
                block.getLast().more().add(line.strip());
            } else {
                block.add(new Line(line.strip(), 0, 0, List.of()));
            }
        }
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        return blocks;
    }

    private static String paragraphs(List<Line> block) {
        StringBuilder out = new StringBuilder();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < block.size(); i++) {
            Line line = block.get(i);
            if (!line.item()) {
                texts.add(inline(line.text()));
                continue;
            }
            if (!texts.isEmpty()) {
                String tag = out.isEmpty() ? "p" : "div";
                out.append("<").append(tag).append(">").append(String.join("<br>\n", texts)).append("</").append(tag).append(">");
                texts.clear();
                i = list(block, i, out) - 1;
            } else {
                // A list after a blank line is not the list of the paragraph before it.
                out.append("<div class=\"list\">");
                i = list(block, i, out) - 1;
                out.append("</div>");
            }
        }
        if (!texts.isEmpty() && out.isEmpty()) {
            out.append("<p>").append(String.join("<br>\n", texts)).append("</p>");
        } else if (!texts.isEmpty()) {
            // Text right under a list, without a blank line: a caption block, not a new paragraph.
            out.append("<div class=\"caption\">").append(String.join("<br>\n", texts)).append("</div>");
        }
        return out.toString();
    }

    private static String sections(List<Line> block) {
        StringBuilder out = new StringBuilder("<section class=\"block\">\n");
        for (int i = 0; i < block.size(); i++) {
            if (block.get(i).item()) {
                i = list(block, i, out) - 1;
            } else {
                out.append("  <div class=\"line\"><span>").append(inline(block.get(i).text())).append("</span></div>\n");
            }
        }
        return out.append("</section>").toString();
    }

    private static String tables(List<Line> block) {
        StringBuilder out = new StringBuilder("<table>\n");
        for (int i = 0; i < block.size(); i++) {
            out.append("  <tr><td>");
            if (block.get(i).item()) {
                i = list(block, i, out) - 1;
            } else {
                out.append(inline(block.get(i).text()));
            }
            out.append("</td></tr>\n");
        }
        return out.append("</table>").toString();
    }

    /** Writes the list starting at {@code from} (nested by depth); returns the index after it. */
    private static int list(List<Line> block, int from, StringBuilder out) {
        int depth = block.get(from).depth();
        if (from == 0 && depth > 1) {
            // A list going on after a blank line at its inner level: nested in lists whose items hold nothing else.
            out.append("<ul><li>".repeat(depth - 1));
            int next = nestedList(block, from, out, depth);
            out.append("</li></ul>".repeat(depth - 1));
            return next;
        }
        return nestedList(block, from, out, depth);
    }

    private static int nestedList(List<Line> block, int from, StringBuilder out, int depth) {
        int number = block.get(from).number();
        out.append(number > 0 ? "<ol start=\"" + number + "\">" : "<ul>").append('\n');
        int i = from;
        while (i < block.size() && block.get(i).item() && block.get(i).depth() >= depth) {
            Line item = block.get(i);
            out.append("<li>").append(inline(item.text()));
            item.more().forEach(m -> out.append("<br>").append(inline(m)));
            i++;
            if (i < block.size() && block.get(i).item() && block.get(i).depth() > depth) {
                i = list(block, i, out);
            }
            out.append("</li>\n");
        }
        out.append(number > 0 ? "</ol>" : "</ul>").append('\n');
        return i;
    }

    /** Escaped text with entities and inline markup: names of an author line as links, a word in emphasis. */
    static String inline(String text) {
        String escaped = escape(text);
        if (text.contains(" · ")) {
            List<String> names = new ArrayList<>();
            for (String name : escaped.split(" · ", -1)) {
                names.add(name.isBlank() ? name : "<a href=\"/people/" + Math.abs(name.hashCode()) + "\">" + name + "</a>");
            }
            return String.join(" &middot;\n ", names);
        }
        String[] words = escaped.split(" ", -1);
        if (words.length >= 3 && !words[1].isEmpty() && !words[1].contains("&")) {
            words[1] = "<em>" + words[1] + "</em>";
        }
        return "<span class=\"t\">" + String.join(" ", words) + "</span>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\u00A0", "&nbsp;")
                .replace("’", "&rsquo;").replace("“", "&ldquo;").replace("”", "&rdquo;").replace("é", "&eacute;");
    }
}
