package dev.paperscope.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperscope.catalog.Recovery;
import dev.paperscope.catalog.ResolvedRecord;
import dev.paperscope.ingest.RecordJson;

/**
 * The exported shape of a source record with its derived data: the record as the page stated it
 * ({@link RecordJson}; a missing title stays {@code null}), its {@code work}, and {@code recovered}:
 * the fields recovered from reference data, each with where it came from ({@code title_source}) and why,
 * or {@code null}.
 */
public final class ResolvedJson {
    private ResolvedJson() {
    }

    public static ObjectNode toNode(ResolvedRecord r) {
        ObjectNode n = RecordJson.toNode(r.record());
        n.put("work", r.workId());
        if (r.recovery().isEmpty()) {
            n.putNull("recovered");
            return n;
        }
        Recovery x = r.recovery().get();
        ObjectNode rec = n.putObject("recovered");
        rec.put("title", x.title());
        rec.put("venue", x.venue());
        if (x.year() == null) {
            rec.putNull("year");
        } else {
            rec.put("year", x.year());
        }
        rec.putObject("title_source").put("file", x.sourceFile()).put("line", x.sourceLine()).put("id", x.sourceId());
        rec.put("confidence", x.confidence());
        rec.put("rule", x.rule());
        rec.put("evidence", x.evidence());
        return n;
    }
}
