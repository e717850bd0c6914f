package dev.paperscope.api;

import dev.paperscope.planner.Schedule;
import dev.paperscope.planner.Starred;
import io.javalin.http.Context;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The conference planner: {@code GET /schedule}, {@code GET /agenda}, {@code PUT|DELETE /agenda/{id}}
 * (star, answered with the starred work's entries and clashes; unstar) and {@code GET /agenda.ics}. {@code tz} picks the zone times are shown in.
 */
final class PlannerApi {
    static final String ICS = "text/calendar; charset=utf-8";
    private final Library library;

    PlannerApi(Library library) {
        this.library = library;
    }

    void schedule(Context ctx) {
        Optional<ZoneId> zone = UserRequests.zone(Params.of(ctx));
        Json.send(ctx, library.read(ps -> {
            Schedule schedule = ps.planner().schedule();
            ZoneId shown = zone.orElse(schedule.zones().stream().findFirst().orElse(ZoneOffset.UTC));
            return PlannerJson.schedule(schedule, shown, ps.planner().agenda());
        }));
    }

    void agenda(Context ctx) {
        Optional<ZoneId> zone = UserRequests.zone(Params.of(ctx));
        Json.send(ctx, PlannerJson.agenda(library.read(ps -> ps.planner().agenda()), zone));
    }

    void star(Context ctx) {
        String id = ctx.pathParam("id");
        // the star answers with its own work's entries and clashes: the planner changes its agenda in place, nothing is rebuilt
        Starred starred = library.exclusive(ps -> UserRequests.call(() -> ps.planner().star(id)));
        Json.send(ctx, PlannerJson.starred(starred));
    }

    void unstar(Context ctx) {
        String id = ctx.pathParam("id");
        boolean was = library.exclusive(ps -> ps.planner().unstar(id));
        if (!was) {
            throw ApiException.notFound("'" + id + "' is not starred");
        }
        ctx.status(204);
    }

    void ics(Context ctx) {
        Optional<ZoneId> zone = UserRequests.zone(Params.of(ctx));
        String ics = library.read(ps -> ps.planner().ics(zone));
        ctx.header("Content-Disposition", "attachment; filename=\"paperscope-agenda.ics\"");
        ctx.contentType(ICS).result(ics);
    }
}
