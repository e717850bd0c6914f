package dev.paperscope.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperscope.app.Paperscope;
import dev.paperscope.export.Citable;
import dev.paperscope.export.Exporter;
import dev.paperscope.lists.ListItem;
import dev.paperscope.lists.ReadingList;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reading lists: {@code GET|POST /lists}, {@code GET|PATCH|DELETE /lists/{name}} (PATCH renames),
 * {@code POST /lists/{name}/items}, {@code PATCH|DELETE /lists/{name}/items/{id}} (PATCH sets the note
 * and/or the position). Items carry what they cite, or {@code missing} when their id is gone.
 */
final class ListsApi {
    private final Library library;

    ListsApi(Library library) {
        this.library = library;
    }

    void all(Context ctx) {
        Json.send(ctx, library.exclusive(ps -> {
            ObjectNode body = Json.object();
            ArrayNode lists = body.putArray("lists");
            Exporter exporter = ps.exports();
            ps.lists().all().forEach(l -> lists.add(list(l, exporter)));
            return body;
        }));
    }

    void get(Context ctx) {
        String name = ctx.pathParam("name");
        send(ctx, ps -> ps.lists().get(name));
    }

    void create(Context ctx) {
        String name = text(Json.parse(ctx.body()), "name", true);
        ctx.status(201);
        send(ctx, ps -> ps.lists().create(name));
    }

    void rename(Context ctx) {
        String name = ctx.pathParam("name");
        String newName = text(Json.parse(ctx.body()), "name", true);
        send(ctx, ps -> ps.lists().rename(name, newName));
    }

    void delete(Context ctx) {
        String name = ctx.pathParam("name");
        library.exclusive(ps -> UserRequests.call(() -> {
            ps.lists().delete(name);
            return null;
        }));
        ctx.status(204);
    }

    void addItem(Context ctx) {
        String name = ctx.pathParam("name");
        JsonNode body = Json.parse(ctx.body());
        String id = text(body, "id", true);
        String note = text(body, "note", false);
        ctx.status(201);
        send(ctx, ps -> ps.lists().add(name, id, note));
    }

    void changeItem(Context ctx) {
        String name = ctx.pathParam("name");
        String id = ctx.pathParam("id");
        JsonNode body = Json.parse(ctx.body());
        if (!body.has("note") && !body.has("position")) {
            throw ApiException.badRequest("send \"note\" and/or \"position\" to change an item");
        }
        Optional<Integer> position = body.has("position") ? Optional.of(position(body)) : Optional.empty();
        send(ctx, ps -> {
            ReadingList list = body.has("note") ? ps.lists().note(name, id, text(body, "note", false)) : ps.lists().get(name);
            return position.map(p -> ps.lists().move(name, id, p)).orElse(list);
        });
    }

    void removeItem(Context ctx) {
        String name = ctx.pathParam("name");
        String id = ctx.pathParam("id");
        send(ctx, ps -> ps.lists().remove(name, id));
    }

    private void send(Context ctx, Function<Paperscope, ReadingList> change) {
        Json.send(ctx, library.exclusive(ps -> list(UserRequests.call(() -> change.apply(ps)), ps.exports())));
    }

    static ObjectNode list(ReadingList l, Exporter exporter) {
        ObjectNode n = Json.object().put("name", l.name()).put("created_at", l.createdAt().toString());
        ArrayNode items = n.putArray("items");
        for (ListItem item : l.items()) {
            ObjectNode i = items.addObject().put("id", item.itemId()).put("position", item.position())
                    .put("note", item.note()).put("added_at", item.addedAt().toString());
            Optional<Citable> cited = exporter.citable(item.itemId());
            i.put("missing", cited.isEmpty());
            cited.ifPresent(c -> {
                i.put("title", c.title()).put("year", c.year()).put("venue", c.venue()).put("kind", c.kind().externalName());
                ArrayNode authors = i.putArray("authors");
                c.authors().forEach(authors::add);
            });
        }
        return n;
    }

    private static String text(JsonNode body, String field, boolean required) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw ApiException.badRequest("the request body needs \"" + field + "\"");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw ApiException.badRequest("\"" + field + "\" must be a string");
        }
        return value.asText();
    }

    private static int position(JsonNode body) {
        JsonNode value = body.get("position");
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw ApiException.badRequest("\"position\" must be a whole number");
        }
        return value.asInt();
    }
}
