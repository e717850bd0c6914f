package dev.paperscope.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * A JSON document that is an array of record objects, or an object that wraps one ({@code {"papers": [...]}}):
 * then the member holding the largest array of objects is the record list. Each record's line is where its
 * object starts, read from Jackson's token locations; its raw text is the object's text.
 */
final class JsonArrayParser implements Parser {
    static final String FORMAT = "json";

    @Override
    public String format() {
        return FORMAT;
    }

    /** Detection looks at this many array elements; detection may see only the head of a file. */
    private static final int SAMPLE = 20;

    @Override
    public double detect(SourceDocument doc) {
        char first = firstNonBlank(doc.text());
        if (first != '[' && first != '{') {
            return 0;
        }
        try (JsonParser p = JsonObjects.parser(doc.text())) {
            JsonToken token = p.nextToken();
            if (token == JsonToken.START_ARRAY) {
                return confidence(sampleArray(p));
            }
            return sampleLargestMemberArray(p).map(a -> Math.min(confidence(a), 0.85)).orElse(0.0);
        } catch (JsonEOFException e) {
            // Well-formed as far as it goes: detection reads a file's head, which may end inside the first
            // record (one with a long author list, one per line); a file that really ends there fails parsing.
            return 0.9;
        } catch (IOException e) {
            // A broken array (or wrapping object) is still recognisably JSON: claim it so that parsing reports
            // the broken line. JSON Lines, whose lines are each an object, scores higher.
            return 0.5;
        }
    }

    /**
     * Reads up to {@link #SAMPLE} elements of the array the parser stands at. The text may end early (a
     * head of a larger file): what was read by then is the sample.
     */
    private static ArrayNode sampleArray(JsonParser p) throws IOException {
        var sample = JsonObjects.MAPPER.createArrayNode();
        try {
            while (sample.size() < SAMPLE && p.nextToken() != JsonToken.END_ARRAY && p.currentToken() != null) {
                sample.add((JsonNode) p.readValueAsTree());
            }
        } catch (JsonEOFException e) {
            if (sample.isEmpty()) {
                throw e;
            }
        }
        return sample;
    }

    private static Optional<JsonNode> sampleLargestMemberArray(JsonParser p) throws IOException {
        JsonNode best = null;
        try {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                if (p.nextToken() == JsonToken.START_ARRAY) {
                    JsonNode sample = sampleArray(p);
                    if (best == null || countObjects(sample) > countObjects(best)) {
                        best = sample;
                    }
                    if (sample.size() == SAMPLE) {
                        // the sample stopped inside this array: the rest of it need not be read
                        return Optional.of(best);
                    }
                } else {
                    p.skipChildren();
                }
            }
        } catch (JsonEOFException e) {
            if (best == null) {
                throw e;
            }
        }
        return Optional.ofNullable(best).filter(a -> countObjects(a) > 0);
    }

    /** Share of array elements that are objects, scaled down when no object has a record-like field. */
    private static double confidence(JsonNode array) {
        int objects = 0;
        boolean recordLike = false;
        for (JsonNode element : array) {
            if (element.isObject()) {
                objects++;
                Iterator<String> names = element.fieldNames();
                while (!recordLike && names.hasNext()) {
                    recordLike = StructuredFields.isRecordField(names.next());
                }
            }
        }
        if (objects == 0) {
            return 0;
        }
        return (recordLike ? 0.95 : 0.55) * objects / array.size();
    }

    private static int countObjects(JsonNode array) {
        int n = 0;
        for (JsonNode element : array) {
            n += element.isObject() ? 1 : 0;
        }
        return n;
    }

    private static char firstNonBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return 0;
    }

    @Override
    public List<SourceRecord> parse(SourceDocument doc) throws ParseException {
        LineIndex index = new LineIndex(doc.text());
        try (JsonParser p = JsonObjects.parser(doc.text())) {
            JsonToken first = p.nextToken();
            List<Element> elements;
            if (first == JsonToken.START_ARRAY) {
                elements = readArray(p, index);
            } else if (first == JsonToken.START_OBJECT) {
                elements = readWrapper(p, index, doc);
            } else {
                throw doc.error(lineOf(p.currentTokenLocation()), "expected a JSON array of records, or an object holding one");
            }
            JsonToken trailing = p.nextToken();
            if (trailing != null) {
                throw doc.error(lineOf(p.currentTokenLocation()), "unexpected content after the end of the JSON document");
            }
            return toRecords(doc, elements);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            throw new ParseException(doc.fileName(), line, "broken JSON" + JsonObjects.column(e) + ": " + JsonObjects.describe(e), e);
        } catch (IOException e) {
            throw new ParseException(doc.fileName(), 1, "cannot read JSON: " + e.getMessage(), e);
        }
    }

    /** One element of a record array: its node, the line it starts on and its text. */
    private record Element(JsonNode node, int line, String raw) {
    }

    /** Reads the elements of the array whose START_ARRAY token is current, up to its END_ARRAY. */
    private static List<Element> readArray(JsonParser p, LineIndex index) throws IOException {
        List<Element> elements = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            JsonLocation start = p.currentTokenLocation();
            JsonNode node = p.readValueAsTree();
            JsonLocation end = p.currentLocation();
            String raw = node.isContainerNode() ? index.slice(start.getCharOffset(), end.getCharOffset()) : node.toString();
            elements.add(new Element(node, lineOf(start), raw));
        }
        return elements;
    }

    /** The largest array of objects among the wrapper's members; the other members are metadata. */
    private static List<Element> readWrapper(JsonParser p, LineIndex index, SourceDocument doc) throws IOException, ParseException {
        List<Element> best = List.of();
        int bestObjects = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                p.skipChildren();
                continue;
            }
            List<Element> elements = readArray(p, index);
            int objects = (int) elements.stream().filter(e -> e.node().isObject()).count();
            if (objects > bestObjects) {
                best = elements;
                bestObjects = objects;
            }
        }
        if (bestObjects == 0) {
            throw doc.error(1, "the JSON object holds no array of record objects");
        }
        return best;
    }

    private static List<SourceRecord> toRecords(SourceDocument doc, List<Element> elements) throws ParseException {
        List<SourceRecord> records = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            Element e = elements.get(i);
            if (!e.node().isObject()) {
                throw doc.error(e.line(), "record " + (i + 1) + " of the array is " + JsonObjects.kindOf(e.node()) + ", not an object");
            }
            records.add(StructuredFields.toRecord(doc, FORMAT, e.line(), e.raw(), JsonObjects.toMap(e.node())));
        }
        return records;
    }

    private static int lineOf(JsonLocation location) {
        return Math.max(1, location.getLineNr());
    }
}
