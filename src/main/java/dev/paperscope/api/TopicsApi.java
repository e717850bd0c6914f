package dev.paperscope.api;

import dev.paperscope.app.TopicJson;
import dev.paperscope.app.TopicMap;
import io.javalin.http.Context;

/**
 * {@code GET /api/v1/topics?q=}: the topic map of the library, or of the works {@code q} matches (at most
 * {@link dev.paperscope.app.Topics#MAX_WORKS}). An empty map says why in {@code message}.
 */
final class TopicsApi {
    private final Library library;

    TopicsApi(Library library) {
        this.library = library;
    }

    void topics(Context ctx) {
        String query = Params.of(ctx).text("q").orElse("");
        TopicMap map = library.read(ps -> ps.topics().map(query));
        var body = TopicJson.toNode(map);
        if (map.isEmpty()) {
            body.put("message", map.emptyReason());
        }
        Json.send(ctx, body);
    }
}
