package dev.paperscope.web;

import dev.paperscope.api.ApiException;
import dev.paperscope.api.Library;
import dev.paperscope.api.Params;
import dev.paperscope.api.UserRequests;
import dev.paperscope.app.Paperscope;
import dev.paperscope.export.Citable;
import dev.paperscope.export.Exporter;
import dev.paperscope.lists.ReadingList;
import dev.paperscope.planner.Schedule;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The planner and reading-list pages. Changes are plain form posts (they work without JavaScript and
 * pass the write guard like any write) answered by a redirect back to the page.
 */
public final class PlannerPages {
    private PlannerPages() {
    }

    public static void register(RoutesConfig routes, Library library) {
        routes.get("/planner", ctx -> planner(ctx, library));
        routes.post("/planner/star", ctx -> star(ctx, library, true));
        routes.post("/planner/unstar", ctx -> star(ctx, library, false));
        routes.get("/lists", ctx -> Pages.html(ctx, library.exclusive(ps -> ListsPage.all(ps.lists().all()))));
        routes.post("/lists", ctx -> {
            String name = form(ctx, "name");
            ReadingList list = library.exclusive(ps -> UserRequests.call(() -> ps.lists().create(name)));
            ctx.redirect(ListsPage.url(list.name()), HttpStatus.SEE_OTHER);
        });
        routes.get("/lists/{name}", ctx -> list(ctx, library));
        routes.post("/lists/{name}/rename", ctx -> change(ctx, library, (ps, name) -> ps.lists().rename(name, form(ctx, "name")), ""));
        routes.post("/lists/{name}/delete", ctx -> {
            String name = ctx.pathParam("name");
            library.exclusive(ps -> UserRequests.call(() -> {
                ps.lists().delete(name);
                return null;
            }));
            ctx.redirect("/lists", HttpStatus.SEE_OTHER);
        });
        routes.post("/lists/{name}/add", ctx -> change(ctx, library, (ps, name) -> ps.lists().add(name, form(ctx, "id"), ctx.formParam("note")),
                "#item-" + Html.url(form(ctx, "id"))));
        routes.post("/lists/{name}/items/{id}/note", ctx -> change(ctx, library,
                (ps, name) -> ps.lists().note(name, ctx.pathParam("id"), ctx.formParam("note")), "#item-" + Html.url(ctx.pathParam("id"))));
        routes.post("/lists/{name}/items/{id}/move", ctx -> change(ctx, library,
                (ps, name) -> ps.lists().move(name, ctx.pathParam("id"), position(ctx)), "#item-" + Html.url(ctx.pathParam("id"))));
        routes.post("/lists/{name}/items/{id}/remove", ctx -> change(ctx, library,
                (ps, name) -> ps.lists().remove(name, ctx.pathParam("id")), ""));
    }

    private static void planner(Context ctx, Library library) {
        Optional<ZoneId> chosen = UserRequests.zone(Params.of(ctx));
        Pages.html(ctx, library.read(ps -> {
            Schedule schedule = ps.planner().schedule();
            ZoneId zone = chosen.orElse(schedule.zones().stream().findFirst().orElse(ZoneOffset.UTC));
            return PlannerPage.render(schedule, ps.planner().agenda(), zone);
        }));
    }

    private static void star(Context ctx, Library library, boolean star) {
        String id = form(ctx, "id");
        String tz = Optional.ofNullable(ctx.formParam("tz")).orElse("");
        // the timetable's cards are named by work: a star posted with a record id (from a work page) returns to its work's card
        String card = library.exclusive(ps -> UserRequests.call(() -> {
            if (star) {
                return ps.planner().star(id).workId();
            }
            ps.planner().unstar(id);
            return id;
        }));
        ctx.redirect("/planner" + (tz.isBlank() ? "" : "?tz=" + Html.url(tz)) + "#talk-" + Html.url(card), HttpStatus.SEE_OTHER);
    }

    private static void list(Context ctx, Library library) {
        String name = ctx.pathParam("name");
        Pages.html(ctx, library.exclusive(ps -> {
            ReadingList list = UserRequests.call(() -> ps.lists().get(name));
            Exporter exporter = ps.exports();
            Map<String, Optional<Citable>> cited = new LinkedHashMap<>();
            list.itemIds().forEach(id -> cited.put(id, exporter.citable(id)));
            return ListsPage.one(list, cited, RecommendPages.listPanel(ps, list.name()));
        }));
    }

    /** Applies a change to list {name} and goes back to the list, at {@code anchor} (an item) when given. */
    private static void change(Context ctx, Library library,
                               BiFunction<Paperscope, String, ReadingList> change, String anchor) {
        String name = ctx.pathParam("name");
        ReadingList list = library.exclusive(ps -> UserRequests.call(() -> change.apply(ps, name)));
        ctx.redirect(ListsPage.url(list.name()) + anchor, HttpStatus.SEE_OTHER);
    }

    private static String form(Context ctx, String field) {
        String value = ctx.formParam(field);
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("the form needs " + field);
        }
        if (value.length() > Params.MAX_PARAM_CHARS) {
            throw ApiException.badRequest(field + " is too long (at most " + Params.MAX_PARAM_CHARS + " characters)");
        }
        return value.strip();
    }

    private static int position(Context ctx) {
        try {
            return Integer.parseInt(form(ctx, "position"));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("position must be a whole number");
        }
    }
}
