package dev.paperscope.api;

import dev.paperscope.search.QuerySyntaxException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JSON API under {@value #PREFIX}. Every error is {@code {"status", "message"}}: bad parameters and
 * bad queries 400, unknown ids 404, anything unexpected 500 with a generic message (the stack trace goes
 * to the server log, never to the client).
 */
public final class ApiRoutes {
    public static final String PREFIX = "/api/v1";
    private static final String RENDERED = "paperscope.error-rendered";
    private static final Logger LOG = LoggerFactory.getLogger(ApiRoutes.class);

    private ApiRoutes() {
    }

    public static void register(RoutesConfig routes, Library library) {
        SearchApi search = new SearchApi(library);
        String openApi = OpenApiDocument.text();
        routes.get(PREFIX + "/openapi.json", ctx -> ctx.contentType(Json.CONTENT_TYPE).result(openApi));
        routes.get(PREFIX + "/health", ctx -> health(ctx, library));
        routes.get(PREFIX + "/search", search::search);
        routes.get(PREFIX + "/ask", new AskApi(library)::ask);
        EntityApi entities = new EntityApi(library);
        routes.get(PREFIX + "/records/{id}", entities::record);
        routes.get(PREFIX + "/records/{id}/related", entities::relatedToRecord);
        routes.get(PREFIX + "/works/{id}", entities::work);
        routes.get(PREFIX + "/works/{id}/related", entities::relatedToWork);
        routes.get(PREFIX + "/authors", entities::author);
        routes.get(PREFIX + "/recommend", new RecommendApi(library)::recommend);
        routes.get(PREFIX + "/topics", new TopicsApi(library)::topics);
        registerPlanner(routes, library);
    }

    /** Schedule, agenda, reading lists and citation exports (the user's own data, and what is made of it). */
    private static void registerPlanner(RoutesConfig routes, Library library) {
        PlannerApi planner = new PlannerApi(library);
        routes.get(PREFIX + "/schedule", planner::schedule);
        routes.get(PREFIX + "/agenda", planner::agenda);
        routes.get(PREFIX + "/agenda.ics", planner::ics);
        routes.put(PREFIX + "/agenda/{id}", planner::star);
        routes.delete(PREFIX + "/agenda/{id}", planner::unstar);
        ListsApi lists = new ListsApi(library);
        routes.get(PREFIX + "/lists", lists::all);
        routes.post(PREFIX + "/lists", lists::create);
        routes.get(PREFIX + "/lists/{name}", lists::get);
        routes.patch(PREFIX + "/lists/{name}", lists::rename);
        routes.delete(PREFIX + "/lists/{name}", lists::delete);
        routes.post(PREFIX + "/lists/{name}/items", lists::addItem);
        routes.patch(PREFIX + "/lists/{name}/items/{id}", lists::changeItem);
        routes.delete(PREFIX + "/lists/{name}/items/{id}", lists::removeItem);
        ExportApi export = new ExportApi(library);
        routes.get(PREFIX + "/export/bibtex", export::bibtex);
        routes.get(PREFIX + "/export/csl", export::csl);
    }

    /** Error handling for the whole server; {@code pageError} renders errors of non-API paths. */
    public static void registerErrors(RoutesConfig routes, ErrorRenderer pageError) {
        routes.exception(ApiException.class, (e, ctx) -> fail(ctx, e.status(), e.getMessage(), pageError));
        routes.exception(QuerySyntaxException.class, (e, ctx) -> fail(ctx, 400, "bad query: " + e.getMessage(), pageError));
        routes.exception(IllegalArgumentException.class, (e, ctx) -> fail(ctx, 400, e.getMessage(), pageError));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            fail(ctx, 500, "internal error: " + e.getClass().getSimpleName() + " (details are in the server log)", pageError);
        });
        // Javalin's own 404 (no route) and 413 (body too large) come here; ours have already been rendered.
        routes.error(404, ctx -> {
            if (ctx.attribute(RENDERED) == null) {
                fail(ctx, 404, "no such resource: " + ctx.method() + " " + ctx.path(), pageError);
            }
        });
        routes.error(413, ctx -> {
            if (ctx.attribute(RENDERED) == null) {
                fail(ctx, 413, Limits.bodyTooLarge(), pageError);
            }
        });
    }

    static void fail(Context ctx, int status, String message, ErrorRenderer pageError) {
        ctx.attribute(RENDERED, Boolean.TRUE);
        String shown = message == null || message.isBlank() ? "error " + status : message;
        if (ctx.path().startsWith(PREFIX)) {
            Json.error(ctx, status, shown);
        } else {
            ctx.status(status);
            pageError.render(ctx, status, shown);
        }
    }

    private static void health(Context ctx, Library library) {
        var body = Json.object();
        var backend = library.searchBackend();
        body.put("status", backend.degraded() ? "degraded" : "ok");
        body.put("records", library.recordCount());
        var about = body.putObject("backend").put("name", backend.backend());
        backend.url().ifPresent(u -> about.put("url", u));
        backend.health().ifPresent(h -> about.put("health", h).put("nodes", backend.nodes()).put("unassigned_shards", backend.unassignedShards()));
        Json.send(ctx, body);
    }

    /** Renders an error of a page path (HTML); the API's errors are always JSON. */
    @FunctionalInterface
    public interface ErrorRenderer {
        void render(Context ctx, int status, String message);
    }
}
