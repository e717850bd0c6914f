package dev.paperscope.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one JSON shape of a source record, used by the catalog and by {@code export --records}. Field names
 * are part of the CLI contract; absent values are written as {@code null}, never omitted.
 */
public final class RecordJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private RecordJson() {
    }

    public static ObjectNode toNode(SourceRecord r) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", r.id());
        n.put("kind", r.kind().externalName());
        n.put("title", r.title());
        ArrayNode authors = n.putArray("authors");
        r.authors().forEach(authors::add);
        n.put("abstract", r.abstractText());
        n.put("venue", r.venue());
        n.put("year", r.year()); // an Integer: null when unknown
        n.put("room", r.room());
        n.put("session", r.session());
        n.put("moderator", r.moderator());
        n.put("start", r.start() == null ? null : r.start().toString());
        n.put("end", r.end() == null ? null : r.end().toString());
        n.put("award", r.award());
        n.put("section", r.section());
        n.put("url", r.url());
        n.put("author_mention", r.authorMention());
        ObjectNode source = n.putObject("source");
        source.put("file", r.source().file());
        source.put("line", r.source().line());
        source.put("sha256", r.source().sha256());
        source.put("format", r.source().format());
        // Only paged files and HTML pages: text files' records keep their JSON.
        if (r.source().page() != null) {
            source.put("page", r.source().page());
        }
        if (r.source().element() != null) {
            source.put("element", r.source().element());
        }
        n.set("extra", MAPPER.valueToTree(r.extra()));
        ArrayNode derived = n.putArray("derived");
        for (Derivation d : r.derived()) {
            derived.addObject().put("field", d.field()).put("reason", d.reason());
        }
        n.put("raw", r.raw());
        return n;
    }

    public static String toJson(SourceRecord r) {
        try {
            return MAPPER.writeValueAsString(toNode(r));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise record " + r.id(), e);
        }
    }

    public static SourceRecord fromJson(String json) {
        try {
            return fromNode(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a record: " + e.getOriginalMessage(), e);
        }
    }

    public static SourceRecord fromNode(JsonNode n) {
        JsonNode s = n.path("source");
        Source source = new Source(s.path("file").asText(), s.path("line").asInt(), s.path("sha256").asText(), s.path("format").asText(),
                s.hasNonNull("page") ? s.get("page").asInt() : null, s.hasNonNull("element") ? s.get("element").asText() : null);
        List<String> authors = new ArrayList<>();
        n.path("authors").forEach(a -> authors.add(a.asText()));
        List<Derivation> derived = new ArrayList<>();
        n.path("derived").forEach(d -> derived.add(new Derivation(d.path("field").asText(), d.path("reason").asText())));
        @SuppressWarnings("unchecked")
        Map<String, Object> extra = n.hasNonNull("extra") ? MAPPER.convertValue(n.get("extra"), LinkedHashMap.class) : Map.of();
        return new SourceRecord(text(n, "id"), RecordKind.fromExternalName(text(n, "kind")), text(n, "title"), authors,
                text(n, "abstract"), text(n, "venue"), n.hasNonNull("year") ? n.get("year").asInt() : null,
                text(n, "room"), text(n, "session"), text(n, "moderator"), time(n, "start"), time(n, "end"),
                text(n, "award"), text(n, "section"), text(n, "url"), text(n, "author_mention"), source, extra, derived,
                text(n, "raw"));
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    private static OffsetDateTime time(JsonNode n, String field) {
        return n.hasNonNull(field) ? OffsetDateTime.parse(n.get(field).asText()) : null;
    }
}
