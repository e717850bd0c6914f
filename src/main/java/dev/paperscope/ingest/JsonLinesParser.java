package dev.paperscope.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON Lines: one JSON object per line, blank lines ignored. Each record's provenance line is the line
 * of its object, and its raw text is that line.
 */
final class JsonLinesParser implements Parser {
    static final String FORMAT = "jsonl";
    /** Enough lines to judge a file's structure without parsing a large file twice. */
    private static final int DETECT_SAMPLE_LINES = 200;

    @Override
    public String format() {
        return FORMAT;
    }

    /**
     * The share of (sampled) non-blank lines that look like JSON objects (start with a brace), as long as at
     * least one is a whole object. A damaged line (cut short, a stray byte) still starts like the others,
     * so one bad line leaves the file recognisable and parsing reports that line.
     */
    @Override
    public double detect(SourceDocument doc) {
        int lines = 0;
        int objects = 0;
        int braced = 0;
        for (String line : doc.lines()) {
            if (line.isBlank()) {
                continue;
            }
            lines++;
            if (line.stripLeading().startsWith("{")) {
                braced++;
                objects += isObjectLine(line) ? 1 : 0;
            }
            if (lines == DETECT_SAMPLE_LINES) {
                break;
            }
        }
        if (objects == 0) {
            return 0;
        }
        double share = (double) braced / lines;
        if (share < 0.8) {
            return share * 0.5;
        }
        // A lone object line may as well be a JSON document; two or more agreeing lines are JSON Lines.
        return braced == 1 ? 0.6 : 0.5 + 0.45 * share * (0.5 + 0.5 * objects / braced);
    }

    private static boolean isObjectLine(String line) {
        String s = line.strip();
        if (!s.startsWith("{") || !s.endsWith("}")) {
            return false;
        }
        try {
            return JsonObjects.MAPPER.readTree(s).isObject();
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    @Override
    public List<SourceRecord> parse(SourceDocument doc) throws ParseException {
        List<SourceRecord> records = new ArrayList<>();
        List<String> lines = doc.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isBlank()) {
                records.add(record(doc, i + 1, line));
            }
        }
        return records;
    }

    private static SourceRecord record(SourceDocument doc, int lineNo, String line) throws ParseException {
        JsonNode node;
        try {
            node = JsonObjects.MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new ParseException(doc.fileName(), lineNo, "broken JSON" + JsonObjects.column(e) + ": " + JsonObjects.describe(e), e);
        }
        if (!node.isObject()) {
            throw doc.error(lineNo, "expected one JSON object per line, found " + JsonObjects.kindOf(node));
        }
        return StructuredFields.toRecord(doc, FORMAT, lineNo, line, JsonObjects.toMap(node));
    }
}
