package dev.paperscope.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The checked-in JSON lists of {@code eval} ({@code {"queries": [...]}}, {@code {"regressions": [...]}}):
 * one object per entry, bound to a record, with a unique key. Every failure is a {@link DatasetException}
 * naming the file and, for an entry, its place.
 */
final class CheckedInJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CheckedInJson() {
    }

    /** The resource read beside {@code owner}; a missing resource or malformed JSON fails naming it. */
    static JsonNode resource(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new DatasetException("missing resource " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new DatasetException(resource + ": not valid JSON: " + e.getMessage(), e);
        }
    }

    /**
     * The entries of the array under {@code field} of {@code root}, each bound to {@code type} by
     * {@code mapper} (a bad one fails as "{@code source}: {@code noun} N: why", N from 1), whose
     * {@code key}s are unique (a repeat fails as "{@code source}: duplicate {@code keyName} K").
     */
    static <T> List<T> entries(JsonNode root, String field, String source, ObjectMapper mapper, Class<T> type, String noun,
                               Function<T, String> key, String keyName) {
        JsonNode list = root.get(field);
        if (list == null || !list.isArray()) {
            throw new DatasetException(source + ": expected {\"" + field + "\": [...]}");
        }
        List<T> out = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (JsonNode node : list) {
            T entry;
            try {
                entry = mapper.treeToValue(node, type);
            } catch (JsonProcessingException e) {
                String why = e.getCause() instanceof IllegalArgumentException invalid ? invalid.getMessage() : e.getOriginalMessage();
                throw new DatasetException(source + ": " + noun + " " + (out.size() + 1) + ": " + why, e);
            }
            if (!keys.add(key.apply(entry))) {
                throw new DatasetException(source + ": duplicate " + keyName + " " + key.apply(entry));
            }
            out.add(entry);
        }
        return List.copyOf(out);
    }
}
