package dev.paperscope.web;

import dev.paperscope.search.SearchHit;

/** Where things live in the pages: the one place that maps ids and names to URLs. */
public final class Links {
    private Links() {
    }

    /**
     * A hit's page: its work when the hit is a work (work ids start with {@code w}, record ids with
     * {@code r}: see WorkResolver and RecordIds), else its record, which shows the record's work.
     */
    public static String hit(SearchHit hit) {
        return hit.id().startsWith("w") ? work(hit.id()) : record(hit.id());
    }

    public static String record(String id) {
        return "/records/" + Html.url(id);
    }

    /**
     * Where a record stands in its file: the file's text (a saved HTML page's rendered text) with lines
     * {@code line} to {@code to} marked, scrolled to {@code line}.
     */
    public static String source(String file, int line, int to) {
        return "/source?file=" + Html.url(file) + "&line=" + line + "&to=" + to + "#L" + line;
    }

    /** Where an answer came from: its record's page with the sentence at its PDF page or its line ({@code CitedBlock}). */
    public static String cited(String record, Integer page, int line, String sentence) {
        return record(record) + (page != null ? "?page=" + page : "?line=" + line) + "&cite=" + Html.url(sentence) + "#cited";
    }

    public static String work(String id) {
        return "/works/" + Html.url(id);
    }

    public static String author(String name) {
        return "/authors?name=" + Html.url(name);
    }

    public static String search(String query) {
        return "/search?q=" + Html.url(query);
    }
}
