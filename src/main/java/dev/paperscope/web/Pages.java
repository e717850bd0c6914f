package dev.paperscope.web;

import dev.paperscope.api.Library;
import dev.paperscope.api.SearchRequest;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** The HTML pages. Each handler asks the {@link Library} and renders; no search logic lives here. */
public final class Pages {
    public static final String HTML = "text/html; charset=utf-8";

    private Pages() {
    }

    public static void register(RoutesConfig routes, Library library) {
        routes.get("/", ctx -> html(ctx, HomePage.render(library.recordCount())));
        routes.get("/search", ctx -> search(ctx, library));
        PlannerPages.register(routes, library);
    }

    private static void search(Context ctx, Library library) {
        String q = ctx.queryParam("q");
        boolean anyFilter = SearchRequest.FILTERS.stream().anyMatch(f -> ctx.queryParam(f) != null && !ctx.queryParam(f).isBlank());
        if ((q == null || q.isBlank()) && !anyFilter) {
            ctx.redirect("/");
            return;
        }
        html(ctx, SearchPage.render(library.search(SearchRequest.from(ctx))));
    }

    public static void html(Context ctx, String page) {
        ctx.contentType(HTML).result(page);
    }

    /** An error as a page; the message is escaped like any other text. */
    public static void error(Context ctx, int status, String message) {
        String body = "<section class=\"error\"><h1>" + status + "</h1><p id=\"error-message\">" + Html.text(message) + "</p>"
                + "<p><a href=\"/\">Start again</a></p></section>";
        html(ctx, Layout.page("Error " + status, "", body));
    }
}
