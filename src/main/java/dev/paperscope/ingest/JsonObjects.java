package dev.paperscope.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Jackson set up for reading records: duplicate keys and trailing content are errors, key order is kept. */
final class JsonObjects {
    /** Jackson's location inside its own message, {@code [Source: REDACTED (…); line: 1, column: 29]}. */
    private static final Pattern SOURCE_LOCATION = Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /**
     * For streaming through a document: FAIL_ON_TRAILING_TOKENS would treat the rest of an array as
     * trailing content after each element read.
     */
    private static final ObjectMapper STREAMING = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private JsonObjects() {
    }

    static JsonParser parser(String text) throws IOException {
        return STREAMING.createParser(text);
    }

    /** A JSON object as an ordered map of plain Java values (maps, lists, strings, numbers, booleans, nulls). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> toMap(JsonNode object) {
        return MAPPER.convertValue(object, LinkedHashMap.class);
    }

    /** Jackson's message without its source excerpt, which repeats a possibly huge line. */
    static String describe(JsonProcessingException e) {
        Matcher m = SOURCE_LOCATION.matcher(String.valueOf(e.getOriginalMessage()));
        StringBuilder plain = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(plain, Matcher.quoteReplacement((m.group(1).equals("1") ? "" : "line " + m.group(1) + ", ") + "column " + m.group(2)));
        }
        return m.appendTail(plain).toString();
    }

    static String column(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
    }

    static String kindOf(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> "a " + node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}
