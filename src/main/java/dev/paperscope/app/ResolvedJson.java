package dev.paperscope.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.paperscope.catalog.Recovery;
import dev.paperscope.catalog.ResolvedRecord;
import dev.paperscope.catalog.YearCorrection;
import dev.paperscope.ingest.RecordJson;

/**
 * The exported shape of a source record with its derived data: the record as the page stated it
 * ({@link RecordJson}; a missing title stays {@code null}), its {@code work}, and {@code recovered}:
 * the fields recovered from reference data, each with where it came from ({@code title_source},
 * {@code year_source}) and why, or {@code null}.
 */
public final class ResolvedJson {
    private ResolvedJson() {
    }

    public static ObjectNode toNode(ResolvedRecord r) {
        ObjectNode n = RecordJson.toNode(r.record());
        n.put("work", r.workId());
        if (r.recovery().isEmpty() && r.yearCorrection().isEmpty()) {
            n.putNull("recovered");
            return n;
        }
        ObjectNode rec = n.putObject("recovered");
        r.recovery().ifPresentOrElse(x -> title(rec, x), () -> rec.putNull("title"));
        r.yearCorrection().ifPresent(y -> year(rec, y));
        return n;
    }

    private static void title(ObjectNode rec, Recovery x) {
        rec.put("title", x.title());
        rec.put("venue", x.venue());
        rec.put("year", x.year()); // an Integer: null when unknown
        rec.putObject("title_source").put("file", x.sourceFile()).put("line", x.sourceLine()).put("id", x.sourceId());
        rec.put("confidence", x.confidence());
        rec.put("rule", x.rule());
        rec.put("evidence", x.evidence());
    }

    /** The page gave no year, so a reference year replaces the inferred one (a recovered year never co-exists). */
    private static void year(ObjectNode rec, YearCorrection y) {
        rec.put("year", y.year());
        rec.put("start", y.start().toString());
        if (y.end() == null) {
            rec.putNull("end");
        } else {
            rec.put("end", y.end().toString());
        }
        ObjectNode source = rec.putObject("year_source");
        source.put("rule", y.rule());
        source.put("agreeing", y.agreeing());
        source.put("matched", y.matched());
        source.put("confidence", y.confidence());
        source.putArray("references").addAll(y.references().stream().map(TextNode::valueOf).toList());
        source.put("evidence", y.evidence());
    }
}
