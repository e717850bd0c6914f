package dev.paperscope.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

/** JSON responses: every API answer and every API error goes through here. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper();
    public static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static void send(Context ctx, JsonNode body) {
        ctx.contentType(CONTENT_TYPE).result(write(body));
    }

    /** The error shape of the whole API: {@code {"status": 404, "message": "..."}}. */
    public static void error(Context ctx, int status, String message) {
        ObjectNode body = object();
        body.put("status", status);
        body.put("message", message);
        ctx.status(status);
        send(ctx, body);
    }

    public static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the request body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static String write(JsonNode body) {
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }
}
