package dev.paperscope.web;

import dev.paperscope.search.SearchHit;

/** Where things live in the pages: the one place that maps ids and names to URLs. */
public final class Links {
    private Links() {
    }

    /** A hit's page: its work when the hit is a work, else its record. */
    public static String hit(SearchHit hit) {
        return hit.id().startsWith("w") && hit.records().size() > 1 ? work(hit.id()) : record(hit.id());
    }

    public static String record(String id) {
        return "/records/" + Html.url(id);
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
