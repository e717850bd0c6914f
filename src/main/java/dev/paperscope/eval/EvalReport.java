package dev.paperscope.eval;

import dev.paperscope.ingest.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One evaluation: what was evaluated, the scores, the timings and the run itself.
 *
 * @param retriever retriever name, or {@code run-file} when an existing run was scored
 * @param model embedding model, {@code null} for lexical retrievers and run files
 * @param corpusSize documents indexed, or -1 when no corpus was read (scoring a run file)
 * @param indexSeconds time to build the retriever over the corpus; 0 for a run file
 * @param searchSeconds time to retrieve for all queries; 0 for a run file
 */
public record EvalReport(String dataset, String split, String retriever, String model, EvalScores scores, int corpusSize,
        double loadSeconds, double indexSeconds, double searchSeconds, Map<String, List<ScoredDoc>> run) {
    public EvalReport {
        Checks.present("dataset", dataset, "split", split, "retriever", retriever, "scores", scores);
        run = Collections.unmodifiableMap(new LinkedHashMap<>(run));
    }

    public double value(Metric metric) {
        return metric.of(scores);
    }

    /** The fields of {@code eval --json}, in a fixed order. */
    public Map<String, Object> jsonFields() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("dataset", dataset);
        json.put("split", split);
        json.put("retriever", retriever);
        json.put("model", model);
        json.put("queries", scores.queries());
        json.put("corpus_docs", corpusSize < 0 ? null : corpusSize);
        json.put(Metric.NDCG_10.key(), scores.ndcg10());
        json.put(Metric.RECALL_100.key(), scores.recall100());
        json.put(Metric.MRR_10.key(), scores.mrr10());
        json.put("load_seconds", loadSeconds);
        json.put("index_seconds", indexSeconds);
        json.put("search_seconds", searchSeconds);
        return json;
    }
}
