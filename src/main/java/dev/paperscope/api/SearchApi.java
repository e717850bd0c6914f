package dev.paperscope.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperscope.search.Facets;
import dev.paperscope.search.SearchJson;
import io.javalin.http.Context;

/**
 * {@code GET /api/v1/search}: results in the shape of {@code search --json} (one hit per work unless
 * {@code grouping=records}), plus the page, whether more follow, and facets (counted over matching records).
 */
final class SearchApi {
    private final Library library;

    SearchApi(Library library) {
        this.library = library;
    }

    /** {@code {"venue": {"distinct": 7, "values": [{"value": "ICML 2022", "count": 12}, ...]}, ...}} */
    static ObjectNode facets(Facets facets) {
        ObjectNode out = Json.object();
        facets.fields().forEach((field, counts) -> {
            ObjectNode f = out.putObject(field);
            f.put("distinct", facets.distinct().getOrDefault(field, counts.size()));
            var values = f.putArray("values");
            counts.forEach(c -> values.addObject().put("value", c.value()).put("count", c.count()));
        });
        return out;
    }

    void search(Context ctx) {
        Library.SearchAnswer answer = library.search(SearchRequest.from(ctx));
        ObjectNode body = SearchJson.toNode(answer.results());
        body.put("effective_query", answer.request().effectiveQuery());
        body.put("offset", answer.request().offset());
        body.put("limit", answer.request().limit());
        body.put("grouping", answer.request().grouping().externalName());
        body.put("more", answer.more());
        body.set("facets", facets(answer.facets()));
        Json.send(ctx, body);
    }
}
