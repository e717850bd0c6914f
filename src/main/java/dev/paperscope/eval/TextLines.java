package dev.paperscope.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Line-by-line reading of (optionally gzipped) UTF-8 text, and JSON Lines field access, with {@code file:line} errors. */
final class TextLines {
    private static final ObjectMapper JSON = new ObjectMapper();

    interface LineHandler {
        void line(long number, String text);
    }

    private TextLines() {
    }

    /** Calls {@code handler} for each non-blank line; gzip is recognised by the {@code .gz} suffix. */
    static void forEachLine(Path file, LineHandler handler) {
        long number = 0;
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()), 1 << 16)) {
            String line;
            while ((line = readLine(reader, file, number + 1)) != null) {
                number++;
                if (!line.isBlank()) {
                    handler.line(number, line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " (after line " + number + ")", e);
        }
    }

    private static String readLine(BufferedReader reader, Path file, long number) throws IOException {
        try {
            return reader.readLine();
        } catch (CharacterCodingException e) {
            throw new DatasetException(file + ":" + number + ": not valid UTF-8", e);
        }
    }

    /** Parses one line as a JSON object. */
    static JsonNode object(Path file, long line, String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new DatasetException(file + ":" + line + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw DatasetException.at(file, line, "expected a JSON object");
        }
        return node;
    }

    /** A string (or number) field; {@code null} when absent or JSON null, an error for other types. */
    static String text(Path file, long line, JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isTextual() || value.isNumber()) {
            return value.asText();
        }
        throw DatasetException.at(file, line, "field \"" + field + "\" must be a string, was " + value.getNodeType());
    }

    static String required(Path file, long line, JsonNode object, String field) {
        String value = text(file, line, object, field);
        if (value == null || value.isEmpty()) {
            throw DatasetException.at(file, line, "missing field \"" + field + "\"");
        }
        return value;
    }
}
