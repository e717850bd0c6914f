package dev.paperscope.resolve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperscope.ingest.SourceRecord;
import java.util.Map;

/** The JSON shape of a work, with each record's provenance and the evidence of every merge. */
public final class WorkJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private WorkJson() {
    }

    public static ObjectNode toNode(Work work, Map<String, SourceRecord> records) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", work.id());
        n.put("title", work.title());
        n.put("confidence", work.confidence());
        ArrayNode members = n.putArray("records");
        for (String id : work.recordIds()) {
            SourceRecord r = records.get(id);
            ObjectNode m = members.addObject().put("id", id).put("kind", r.kind().externalName()).put("title", r.title());
            m.putObject("source").put("file", r.source().file()).put("line", r.source().line());
        }
        ArrayNode merges = n.putArray("merges");
        for (Merge m : work.merges()) {
            merges.addObject().put("left", m.left()).put("right", m.right()).put("rule", m.rule())
                    .put("confidence", m.confidence()).put("evidence", m.evidence());
        }
        return n;
    }
}
