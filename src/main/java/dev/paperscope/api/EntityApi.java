package dev.paperscope.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperscope.app.AuthorProfile;
import dev.paperscope.app.WorkView;
import dev.paperscope.ingest.RecordJson;
import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.resolve.WorkJson;
import dev.paperscope.search.SearchJson;
import dev.paperscope.search.SearchResults;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Records, works, authors and related records by id: {@code GET /records/{id}}, {@code /works/{id}}, {@code /authors?name=}. */
final class EntityApi {
    static final int DEFAULT_RELATED = 10;
    static final int MAX_RELATED = 50;
    private final Library library;

    EntityApi(Library library) {
        this.library = library;
    }

    void record(Context ctx) {
        String id = ctx.pathParam("id");
        if (library.record(id).isEmpty() && redirected(ctx, library, id, "/api/v1/records/")) {
            return;
        }
        SourceRecord record = library.record(id).orElseThrow(() -> ApiException.notFound("no record with id " + id));
        ObjectNode body = RecordJson.toNode(record);
        library.workOfRecord(id).ifPresent(w -> body.put("work_id", w.work().id()));
        Json.send(ctx, body);
    }

    void work(Context ctx) {
        String id = ctx.pathParam("id");
        if (library.work(id).isEmpty() && redirected(ctx, library, id, "/api/v1/works/")) {
            return;
        }
        WorkView view = library.work(id).orElseThrow(() -> ApiException.notFound("no work with id " + id));
        Map<String, SourceRecord> byId = view.records().stream().collect(Collectors.toMap(SourceRecord::id, Function.identity()));
        ObjectNode body = WorkJson.toNode(view.work(), byId);
        ArrayNode authors = body.putArray("authors");
        view.authors().forEach(authors::add);
        view.abstractSource().ifPresentOrElse(r -> body.putObject("abstract").put("text", r.abstractText()).put("record", r.id()),
                () -> body.putNull("abstract"));
        ArrayNode sources = body.putArray("sources");
        view.records().forEach(r -> sources.add(RecordJson.toNode(r)));
        Json.send(ctx, body);
    }

    /**
     * Answers a permanent redirect (308) to {@code prefix + survivor} when {@code id} was merged into
     * another work or re-keyed, with the survivor's id in the JSON body too; false when it was not.
     */
    static boolean redirected(Context ctx, Library library, String id, String prefix) {
        Optional<String> to = library.redirect(id);
        if (to.isEmpty()) {
            return false;
        }
        String kind = to.get().startsWith("w") ? "work" : "record";
        ctx.header("Location", prefix + to.get());
        ctx.status(HttpStatus.PERMANENT_REDIRECT);
        Json.send(ctx, Json.object().put("status", 308).put("redirect", to.get())
                .put("message", id + " is now " + kind + " " + to.get()));
        return true;
    }

    void relatedToRecord(Context ctx) {
        String id = ctx.pathParam("id");
        int limit = Params.of(ctx).integer("limit", DEFAULT_RELATED, 1, MAX_RELATED);
        SearchResults related = library.related(id, limit).orElseThrow(() -> ApiException.notFound("no record with id " + id));
        Json.send(ctx, SearchJson.toNode(related));
    }

    void relatedToWork(Context ctx) {
        String id = ctx.pathParam("id");
        int limit = Params.of(ctx).integer("limit", DEFAULT_RELATED, 1, MAX_RELATED);
        WorkView view = library.work(id).orElseThrow(() -> ApiException.notFound("no work with id " + id));
        Json.send(ctx, SearchJson.toNode(library.relatedToWork(view, limit)));
    }

    void author(Context ctx) {
        String name = Params.of(ctx).requiredText("name");
        AuthorProfile profile = library.authorOrCandidates(name);
        Json.send(ctx, authorJson(profile));
    }

    static ObjectNode authorJson(AuthorProfile p) {
        ObjectNode n = Json.object();
        n.put("id", p.identity().id());
        n.put("name", p.identity().name());
        ArrayNode spellings = n.putArray("spellings");
        p.identity().spellings().stream().sorted().forEach(spellings::add);
        ArrayNode joins = n.putArray("joins");
        p.identity().joins().forEach(joins::add);
        ArrayNode works = n.putArray("works");
        for (AuthorProfile.WorkRef w : p.works()) {
            ObjectNode wn = works.addObject().put("id", w.id()).put("title", w.title());
            ArrayNode records = wn.putArray("record_ids");
            w.recordIds().forEach(records::add);
        }
        ObjectNode venues = n.putObject("venues");
        p.venues().forEach(venues::put);
        ArrayNode coauthors = n.putArray("coauthors");
        p.coauthors().forEach((name, shared) -> coauthors.addObject().put("name", name).put("shared_works", shared));
        return n;
    }
}
