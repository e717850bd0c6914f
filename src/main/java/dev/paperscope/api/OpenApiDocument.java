package dev.paperscope.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The API's OpenAPI 3 document, a checked-in resource ({@code web/openapi.json}) rather than one generated
 * from code: it is written for readers. A test requests every path it documents, so it cannot drift
 * from the routes unnoticed.
 */
public final class OpenApiDocument {
    public static final String RESOURCE = "web/openapi.json";

    private OpenApiDocument() {
    }

    public static String text() {
        try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Json.MAPPER.readTree(text); // a malformed document fails at start, not in a client
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
