package dev.paperscope.web;

import java.util.List;
import java.util.Map;

/** The frame every page shares: head, header with the search box, main content. */
public final class Layout {
    /** The header's links, label to path; pages of other areas add theirs here. */
    static final List<Map.Entry<String, String>> NAV = List.of(
            Map.entry("Search", "/"), Map.entry("Ask", "/ask"), Map.entry("Planner", "/planner"),
            Map.entry("Reading lists", "/lists"), Map.entry("Topics", "/topics"),
            Map.entry("For you", "/for-you"));

    private Layout() {
    }

    private static String nav() {
        StringBuilder out = new StringBuilder("<nav class=\"main\">");
        NAV.forEach(e -> out.append("<a href=\"").append(Html.attr(e.getValue())).append("\">").append(Html.text(e.getKey())).append("</a>"));
        return out.append("</nav>").toString();
    }

    /** A whole page; {@code title} is escaped, {@code body} must already be safe HTML. */
    public static String page(String title, String query, String body) {
        return page(title, query, body, "");
    }

    /** As {@link #page(String, String, String)}, with extra safe markup for the head (scripts, styles). */
    public static String page(String title, String query, String body, String head) {
        return page(title, query, body, head, HEADER_SCRIPT);
    }

    /**
     * As {@link #page(String, String, String)} with no script at all, for a page whose policy forbids scripts (a
     * stored file's text): anchors then keep the stylesheet's one-line header offset.
     */
    static String pageWithoutScripts(String title, String query, String body) {
        return page(title, query, body, "", "");
    }

    /** Keeps {@code --header-height} equal to the sticky header's height, so in-page anchors land below it. */
    private static final String HEADER_SCRIPT = "<script src=\"/static/header.js\"></script>";

    private static String page(String title, String query, String body, String head, String headerScript) {
        return """
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · Paperscope</title>
                <link rel="stylesheet" href="/static/paperscope.css">
                %s
                </head>
                <body>
                <header class="top">
                  <a class="brand" href="/">Paperscope</a>
                  <form class="searchbox" action="/search" method="get" role="search">
                    <input type="search" name="q" id="q" value="%s" placeholder="Search papers, talks, people — e.g. diffusion author:saharia year:2022.." aria-label="Search">
                    <button type="submit">Search</button>
                  </form>
                  %s
                </header>
                %s
                <main>
                %s
                </main>
                <footer>Paperscope · <a href="/api/v1/openapi.json">API</a></footer>
                </body>
                </html>
                """.formatted(Html.text(title), head, Html.attr(query), nav(), headerScript, body);
    }
}
