package dev.paperscope.resolve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperscope.ingest.SourceRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The JSON shape of a work, with each record's provenance and the evidence of every merge. */
public final class WorkJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private WorkJson() {
    }

    public static ObjectNode toNode(Work work, Map<String, SourceRecord> records) {
        return toNode(work, records, Map.of());
    }

    /** As {@link #toNode(Work, Map)}; a record whose title was recovered shows it as {@code recovered_title}. */
    public static ObjectNode toNode(Work work, Map<String, SourceRecord> records, Map<String, TitleRecovery> recoveries) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", work.id());
        n.put("title", work.title());
        n.put("confidence", work.confidence());
        ArrayNode members = n.putArray("records");
        for (String id : work.recordIds()) {
            SourceRecord r = records.get(id);
            ObjectNode m = members.addObject().put("id", id).put("kind", r.kind().externalName()).put("title", r.title());
            if (r.title() == null && recoveries.containsKey(id)) {
                m.put("recovered_title", recoveries.get(id).title());
            }
            m.putObject("source").put("file", r.source().file()).put("line", r.source().line());
        }
        ArrayNode merges = n.putArray("merges");
        for (Merge m : work.merges()) {
            merges.addObject().put("left", m.left()).put("right", m.right()).put("rule", m.rule())
                    .put("confidence", m.confidence()).put("evidence", m.evidence());
        }
        if (!work.about().isEmpty()) {
            ArrayNode about = n.putArray("about");
            for (About a : work.about()) {
                about.addObject().put("post", a.post()).put("paper", a.paper()).put("rule", a.rule())
                        .put("confidence", a.confidence()).put("evidence", a.evidence());
            }
        }
        return n;
    }

    /** The work a {@link #toNode} object describes (its id, title, record ids, merges and about links). */
    public static Work fromNode(JsonNode n) {
        List<String> ids = new ArrayList<>();
        n.path("records").forEach(r -> ids.add(r.path("id").asText()));
        List<Merge> merges = new ArrayList<>();
        n.path("merges").forEach(m -> merges.add(new Merge(m.path("left").asText(), m.path("right").asText(), m.path("rule").asText(),
                m.path("confidence").asDouble(), m.path("evidence").asText())));
        List<About> about = new ArrayList<>();
        n.path("about").forEach(a -> about.add(new About(a.path("post").asText(), a.path("paper").asText(), a.path("rule").asText(),
                a.path("confidence").asDouble(), a.path("evidence").asText())));
        return new Work(n.path("id").asText(), n.hasNonNull("title") ? n.get("title").asText() : null, ids, merges, about);
    }

    public static Work fromJson(String json) {
        try {
            return fromNode(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a work: " + e.getOriginalMessage(), e);
        }
    }
}
