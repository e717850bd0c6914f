package dev.paperscope.web;

import dev.paperscope.api.ApiException;
import dev.paperscope.api.Library;
import dev.paperscope.api.Params;
import dev.paperscope.api.SearchRequest;
import dev.paperscope.api.WriteAuth;
import dev.paperscope.app.Answers;
import dev.paperscope.app.WorkView;
import dev.paperscope.lists.ReadingList;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The HTML pages. Each handler asks the {@link Library} and renders; no search logic lives here. */
public final class Pages {
    public static final String HTML = "text/html; charset=utf-8";

    private Pages() {
    }

    public static void register(RoutesConfig routes, Library library) {
        routes.get("/", ctx -> html(ctx, HomePage.render(library.recordCount())));
        routes.get("/search", ctx -> search(ctx, library));
        routes.get("/works/{id}", ctx -> work(ctx, library));
        routes.get("/records/{id}", ctx -> record(ctx, library));
        routes.get("/authors", ctx -> author(ctx, library));
        routes.get("/ask", ctx -> ask(ctx, library));
        routes.get("/source", ctx -> SourcePage.serve(ctx, library));
        PlannerPages.register(routes, library);
        RecommendPages.register(routes, library);
        TopicsPage.register(routes, library);
    }

    static final int RELATED = 8;

    private static void work(Context ctx, Library library) {
        String id = ctx.pathParam("id");
        if (library.work(id).isEmpty() && library.redirect(id).isPresent()) {
            ctx.redirect("/works/" + library.redirect(id).get(), HttpStatus.PERMANENT_REDIRECT);
            return;
        }
        WorkView view = library.work(id).orElseThrow(() -> ApiException.notFound("no work with id " + id));
        html(ctx, WorkPage.render(view, null, library.relatedToWork(view, RELATED), userState(library, view)));
    }

    private static void record(Context ctx, Library library) {
        String id = ctx.pathParam("id");
        if (library.workOfRecord(id).isEmpty() && library.redirect(id).isPresent()) {
            String to = library.redirect(id).get();
            ctx.redirect((to.startsWith("w") ? "/works/" : "/records/") + to, HttpStatus.PERMANENT_REDIRECT);
            return;
        }
        WorkView view = library.workOfRecord(id).orElseThrow(() -> ApiException.notFound("no record with id " + id));
        Params params = Params.of(ctx);
        Integer page = ctx.queryParam("page") == null ? null : params.integer("page", 1, 1, Integer.MAX_VALUE);
        Integer line = ctx.queryParam("line") == null ? null : params.integer("line", 1, 1, Integer.MAX_VALUE);
        String cited = view.records().stream().filter(r -> r.id().equals(id)).findFirst()
                .map(r -> CitedBlock.render(r, page, line, params.text("cite").orElse(null))).orElse("");
        html(ctx, WorkPage.render(view, id, library.relatedToWork(view, RELATED), userState(library, view), cited));
    }

    /**
     * Starred talks (read only when the work has a talk), list names and the lists that hold the work (by its id
     * or one of its records'); lookups beside writes, not behind them.
     */
    private static WorkPage.UserState userState(Library library, WorkView view) {
        boolean hasTalk = view.records().stream().anyMatch(r -> r.start() != null);
        Set<String> ids = new HashSet<>(view.work().recordIds());
        ids.add(view.work().id());
        return library.read(ps -> {
            List<ReadingList> lists = ps.lists().all();
            return new WorkPage.UserState(hasTalk ? ps.planner().agenda().starredIds() : Set.of(), lists.stream().map(ReadingList::name).toList(),
                    lists.stream().filter(l -> l.itemIds().stream().anyMatch(ids::contains)).map(ReadingList::name)
                            .collect(Collectors.toSet()));
        });
    }

    private static void author(Context ctx, Library library) {
        String name = Params.of(ctx).requiredText("name");
        html(ctx, AuthorPage.render(library.authorOrCandidates(name)));
    }

    private static void ask(Context ctx, Library library) {
        Optional<String> q = Params.of(ctx).text("q");
        if (q.isPresent() && q.get().length() > Answers.MAX_QUESTION_CHARS) {
            throw ApiException.badRequest("the question is " + q.get().length() + " characters long; the limit is " + Answers.MAX_QUESTION_CHARS);
        }
        html(ctx, AskPage.render(q.orElse(null), q.map(question -> library.read(ps -> ps.answers().ask(question, Answers.DEFAULT_LIMIT))).orElse(null)));
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

    /** Sends a page; its forms' {@link Html#FORM_TOKEN} fields get this server's form token (see {@link dev.paperscope.api.WriteAuth}). */
    public static void html(Context ctx, String page) {
        String formToken = ctx.attribute(WriteAuth.FORM_TOKEN_ATTRIBUTE);
        ctx.contentType(HTML).result(formToken == null ? page : page.replace(Html.FORM_TOKEN,
                Html.FORM_TOKEN.replace(">", " value=\"" + Html.attr(formToken) + "\">")));
    }

    /** An error as a page; the message is escaped like any other text. */
    public static void error(Context ctx, int status, String message) {
        String body = "<section class=\"error\"><h1>" + status + "</h1><p id=\"error-message\">" + Html.text(message) + "</p>"
                + "<p><a href=\"/\">Start again</a></p></section>";
        html(ctx, Layout.page("Error " + status, "", body));
    }
}
