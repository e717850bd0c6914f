package dev.paperscope.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperscope.search.SearchJson;
import io.javalin.http.Context;

/** {@code GET /api/v1/search}: results in the shape of {@code search --json}, plus the page and facets. */
final class SearchApi {
    private final Library library;

    SearchApi(Library library) {
        this.library = library;
    }

    void search(Context ctx) {
        Library.SearchAnswer answer = library.search(SearchRequest.from(ctx));
        ObjectNode body = SearchJson.toNode(answer.results());
        body.put("effective_query", answer.request().effectiveQuery());
        body.put("offset", answer.request().offset());
        body.put("limit", answer.request().limit());
        Json.send(ctx, body);
    }
}
