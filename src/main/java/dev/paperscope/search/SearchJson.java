package dev.paperscope.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON shape of search results shared by {@code search --json} and the HTTP API. */
public final class SearchJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SearchJson() {
    }

    public static ObjectNode toNode(SearchResults results) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("query", results.query());
        root.put("total", results.total());
        root.put("total_exact", results.totalExact());
        ArrayNode hits = root.putArray("hits");
        for (SearchHit h : results.hits()) {
            ObjectNode n = hits.addObject();
            n.put("id", h.id());
            n.put("score", h.score());
            n.put("title", h.title());
            n.put("kind", h.kind());
            ArrayNode records = n.putArray("records");
            for (RecordRef r : h.records()) {
                ObjectNode rn = records.addObject();
                rn.put("id", r.id());
                rn.putObject("source").put("file", r.file()).put("line", r.line());
            }
            n.put("snippet", h.snippet());
            ArrayNode authors = n.putArray("authors");
            h.authors().forEach(authors::add);
            n.put("venue", h.venue());
            n.put("year", h.year()); // an Integer: null when unknown
            n.put("room", h.room());
            n.put("start", h.start());
        }
        root.put("took_ms", Math.round(results.millis() * 1000) / 1000.0);
        ArrayNode notes = root.putArray("notes");
        results.notes().forEach(notes::add);
        ArrayNode understood = root.putArray("understood");
        results.understood().forEach(u -> understood.addObject().put("field", u.field()).put("value", u.value()).put("span", u.span()));
        return root;
    }

    public static String toJson(SearchResults results) {
        return toNode(results).toString();
    }
}
