package dev.paperscope.api;

import dev.paperscope.app.Paperscope;
import dev.paperscope.app.SearchOptions;
import dev.paperscope.export.Citable;
import dev.paperscope.export.Exporter;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;

/**
 * Citations: {@code GET /export/bibtex} and {@code GET /export/csl} of {@code ids} (comma-separated work
 * or record ids), of a reading list ({@code list}), or of a search's hits ({@code q}, {@code limit}).
 */
final class ExportApi {
    static final String BIBTEX = "application/x-bibtex; charset=utf-8";
    static final String CSL = "application/vnd.citationstyles.csl+json; charset=utf-8";
    static final int MAX_IDS = 1_000;
    private final Library library;

    ExportApi(Library library) {
        this.library = library;
    }

    void bibtex(Context ctx) {
        List<Citable> cited = library.exclusive(ps -> UserRequests.call(() -> ps.exports().citables(ids(ctx, ps))));
        ctx.header("Content-Disposition", "inline; filename=\"paperscope.bib\"");
        leftOut(ctx, cited);
        ctx.contentType(BIBTEX).result(Exporter.bibtexOf(cited));
    }

    void csl(Context ctx) {
        List<Citable> cited = library.exclusive(ps -> UserRequests.call(() -> ps.exports().citables(ids(ctx, ps))));
        leftOut(ctx, cited);
        ctx.contentType(CSL).result(Exporter.cslJsonOf(cited));
    }

    /** Ids without a title get no entry; the header names them. */
    private static void leftOut(Context ctx, List<Citable> cited) {
        List<String> untitled = Exporter.untitled(cited);
        if (!untitled.isEmpty()) {
            ctx.header("X-Paperscope-Left-Out", String.join(",", untitled));
        }
    }

    /** The ids to cite; a list's items that are no longer in the catalog are left out. */
    private static List<String> ids(Context ctx, Paperscope ps) {
        Params params = Params.of(ctx);
        int given = (params.text("ids").isPresent() ? 1 : 0) + (params.text("list").isPresent() ? 1 : 0)
                + (params.text("q").isPresent() ? 1 : 0);
        if (given != 1) {
            throw ApiException.badRequest("name what to cite with exactly one of ids, list or q");
        }
        if (params.text("ids").isPresent()) {
            List<String> ids = Arrays.stream(params.requiredText("ids").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (ids.size() > MAX_IDS) {
                throw ApiException.badRequest("at most " + MAX_IDS + " ids per export, got " + ids.size());
            }
            return ids;
        }
        if (params.text("list").isPresent()) {
            var exporter = ps.exports();
            return ps.lists().get(params.requiredText("list")).itemIds().stream().filter(id -> exporter.citable(id).isPresent()).toList();
        }
        int limit = params.integer("limit", 100, 1, MAX_IDS);
        return ps.searches().ids(params.requiredText("q"), limit, SearchOptions.DEFAULT);
    }
}
