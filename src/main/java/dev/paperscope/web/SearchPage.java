package dev.paperscope.web;

import dev.paperscope.api.Library;
import dev.paperscope.api.SearchRequest;
import dev.paperscope.search.FacetCount;
import dev.paperscope.search.Facets;
import dev.paperscope.search.QuerySyntax;
import dev.paperscope.search.RecordRef;
import dev.paperscope.search.SearchHit;
import dev.paperscope.search.SearchResults;
import dev.paperscope.search.Understood;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The results page: count and time, the works/records toggle, notes, facet counts (over matching
 * records), hits with highlighted snippets and their sources, paging.
 */
final class SearchPage {
    private SearchPage() {
    }

    static String render(Library.SearchAnswer answer) {
        SearchRequest request = answer.request();
        SearchResults results = answer.results();
        StringBuilder body = new StringBuilder();
        body.append("<div class=\"results-head\"><p class=\"count\" id=\"result-count\">")
                .append(count(request, results)).append(" for <code>").append(Html.text(request.effectiveQuery())).append("</code>")
                .append(" <span class=\"took\">in ").append(String.format(Locale.ROOT, "%.1f", results.millis())).append(" ms</span></p>");
        body.append(groupingToggle(request));
        for (String note : results.notes()) {
            body.append("<p class=\"note\">").append(Html.text(note)).append("</p>");
        }
        body.append(understood(request, results));
        body.append("</div>");
        body.append("<div class=\"layout\">").append(facets(request, answer.facets()));
        body.append("<div class=\"results\"><ol class=\"hits\" start=\"").append(request.offset() + 1).append("\">");
        for (SearchHit hit : results.hits()) {
            body.append(hit(hit));
        }
        body.append("</ol>");
        body.append(paging(answer));
        body.append("</div></div>");
        return Layout.page(request.effectiveQuery(), request.effectiveQuery(), body.toString(), KatexAssets.HEAD);
    }

    /** What the query's words were also read as, with a link to the same search of the words alone. */
    static String understood(SearchRequest request, SearchResults results) {
        if (results.understood().isEmpty()) {
            return "";
        }
        String wordsOnly = pageUrl(request.withQuery(QuerySyntax.wordsOnly(request.q())), 0);
        return "<p class=\"understood\" id=\"understood\">Showing " + Html.text(Understood.describe(results.understood()))
                + "; <a href=\"" + Html.attr(wordsOnly) + "\" id=\"words-only\">search only the words instead</a></p>";
    }

    private static final Map<String, String> FACET_TITLES = Map.of("kind", "Kind", "venue", "Venue", "year", "Year",
            "award", "Award", "room", "Room", "session", "Session", "source", "Source page");

    /** The facet sidebar: chosen filters (each removable), then each field's values with their counts over all hits. */
    static String facets(SearchRequest request, Facets facets) {
        StringBuilder side = new StringBuilder("<aside class=\"facets\" id=\"facets\">");
        if (!request.filters().isEmpty()) {
            side.append("<h3>Filters</h3><ul class=\"chosen\">");
            request.filters().forEach((field, value) -> side.append("<li><a class=\"remove\" title=\"remove this filter\" href=\"")
                    .append(Html.attr(filterUrl(request, field, null))).append("\">").append(Html.text(field)).append(": ")
                    .append(Html.text(value)).append(" ✕</a></li>"));
            side.append("</ul>");
        }
        side.append("<p class=\"facet-note muted\">Counts are of matching source records.</p>");
        facets.fields().forEach((field, counts) -> {
            if (counts.isEmpty() || request.filters().containsKey(field)) {
                return;
            }
            side.append("<h3>").append(Html.text(FACET_TITLES.getOrDefault(field, field))).append("</h3><ul data-facet=\"")
                    .append(Html.attr(field)).append("\">");
            for (FacetCount c : counts) {
                side.append("<li><a href=\"").append(Html.attr(filterUrl(request, field, c.value()))).append("\" title=\"")
                        .append(Html.attr(c.value())).append("\">").append(Html.text(c.value())).append("</a><span class=\"n\">")
                        .append(String.format(Locale.ROOT, "%,d", c.count())).append("</span></li>");
            }
            int more = facets.distinct().getOrDefault(field, counts.size()) - counts.size();
            if (more > 0) {
                side.append("<li class=\"more\">and ").append(more).append(" more</li>");
            }
            side.append("</ul>");
        });
        return side.append("</aside>").toString();
    }

    /** The search with filter {@code field} set to {@code value} (or removed, for null), from the first page. */
    static String filterUrl(SearchRequest request, String field, String value) {
        Map<String, String> filters = new LinkedHashMap<>(request.filters());
        if (value == null) {
            filters.remove(field);
        } else {
            filters.put(field, value);
        }
        return pageUrl(request.withFilters(filters), 0);
    }

    /** Total matching records; in works grouping, said so, since the hits below are fewer (one per work). */
    private static String count(SearchRequest request, SearchResults results) {
        if (results.total() == 0) {
            return "No records match";
        }
        String n = (results.totalExact() ? "" : "at least ") + String.format(Locale.ROOT, "%,d", results.total());
        if (request.grouping() == SearchRequest.Grouping.WORKS) {
            return n + (results.total() == 1 ? " matching record" : " matching records") + ", one result per work,";
        }
        return n + (results.total() == 1 ? " result" : " results");
    }

    /** Works (one hit per paper, every source listed) or the raw source records; the current one is not a link. */
    private static String groupingToggle(SearchRequest request) {
        StringBuilder out = new StringBuilder("<p class=\"grouping\" id=\"grouping\">Show ");
        for (SearchRequest.Grouping g : SearchRequest.Grouping.values()) {
            String label = g == SearchRequest.Grouping.WORKS ? "works" : "source records";
            if (g == request.grouping()) {
                out.append("<strong aria-current=\"true\" data-grouping=\"").append(g.externalName()).append("\">").append(label).append("</strong>");
            } else {
                out.append("<a data-grouping=\"").append(g.externalName()).append("\" href=\"")
                        .append(Html.attr(pageUrl(request.withGrouping(g), 0))).append("\">").append(label).append("</a>");
            }
            out.append(g == SearchRequest.Grouping.WORKS ? " · " : "");
        }
        return out.append("</p>").toString();
    }

    static String hit(SearchHit hit) {
        StringBuilder li = new StringBuilder("<li class=\"hit\">");
        li.append("<h2><a class=\"hit-title\" href=\"").append(Html.attr(Links.hit(hit))).append("\">")
                .append(Html.text(hit.title() == null ? "(untitled " + hit.kind() + ")" : hit.title())).append("</a></h2>");
        if (!hit.authors().isEmpty()) {
            li.append("<p class=\"authors\">").append(authors(hit.authors())).append("</p>");
        }
        li.append("<p class=\"meta\">").append(meta(hit)).append("</p>");
        if (hit.snippet() != null) {
            li.append("<p class=\"snippet math\">").append(Html.marked(hit.snippet())).append("</p>");
        }
        li.append("<p class=\"sources\">");
        for (RecordRef ref : hit.records()) {
            li.append("<a class=\"source\" href=\"").append(Html.attr(Links.record(ref.id()))).append("\">")
                    .append(Html.text(ref.file())).append(":").append(ref.line()).append("</a> ");
        }
        li.append("</p></li>");
        return li.toString();
    }

    static String authors(List<String> names) {
        List<String> links = new ArrayList<>();
        for (String name : names) {
            links.add("<a href=\"" + Html.attr(Links.author(name)) + "\">" + Html.text(name) + "</a>");
        }
        return String.join(", ", links);
    }

    private static String meta(SearchHit hit) {
        List<String> parts = new ArrayList<>();
        parts.add("<span class=\"kind kind-" + Html.attr(hit.kind()) + "\">" + Html.text(hit.kind().replace('_', ' ')) + "</span>");
        if (hit.venue() != null) {
            parts.add(Html.text(hit.venue()));
        }
        if (hit.year() != null) {
            parts.add(String.valueOf(hit.year()));
        }
        if (hit.room() != null) {
            parts.add(Html.text(hit.room()));
        }
        if (hit.start() != null) {
            parts.add("<time>" + Html.text(hit.start()) + "</time>");
        }
        return String.join(" · ", parts);
    }

    private static String paging(Library.SearchAnswer answer) {
        SearchRequest request = answer.request();
        SearchResults results = answer.results();
        boolean previous = request.offset() > 0;
        boolean next = answer.more();
        if (!previous && !next) {
            return "";
        }
        StringBuilder nav = new StringBuilder("<nav class=\"paging\">");
        if (previous) {
            nav.append("<a rel=\"prev\" href=\"").append(Html.attr(pageUrl(request, Math.max(0, request.offset() - request.limit()))))
                    .append("\">← Previous</a>");
        }
        nav.append("<span>").append(request.offset() + 1).append("–").append(request.offset() + results.hits().size()).append("</span>");
        if (next) {
            nav.append("<a rel=\"next\" href=\"").append(Html.attr(pageUrl(request, request.offset() + request.limit())))
                    .append("\">Next →</a>");
        }
        return nav.append("</nav>").toString();
    }

    /** The URL of the same search at another offset, filters kept as parameters. */
    static String pageUrl(SearchRequest request, int offset) {
        StringBuilder url = new StringBuilder("/search?q=").append(Html.url(request.q()));
        for (Map.Entry<String, String> f : request.filters().entrySet()) {
            url.append('&').append(f.getKey()).append('=').append(Html.url(f.getValue()));
        }
        request.retriever().ifPresent(r -> url.append("&retriever=").append(r.name().toLowerCase(Locale.ROOT)));
        if (request.grouping() != SearchRequest.Grouping.WORKS) {
            url.append("&grouping=").append(request.grouping().externalName());
        }
        if (request.limit() != SearchRequest.DEFAULT_LIMIT) {
            url.append("&limit=").append(request.limit());
        }
        return url.append("&offset=").append(offset).toString();
    }
}
