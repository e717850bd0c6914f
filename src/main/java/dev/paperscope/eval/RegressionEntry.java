package dev.paperscope.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * One expected figure of regressions.json: evaluating {@code retriever} on the dataset at {@code path}
 * (relative to the repository root) must give {@code metric} within {@code tolerance} of
 * {@code expected}.
 *
 * @param queryLimit evaluate only the split's first N judged queries; {@code null} for all
 * @param corpusSample evaluate over a sample of the corpus of this many documents (every judged one kept;
 *                     {@link BeirDataset#sample}); {@code null} for the whole corpus
 * @param models embedding models of dense and hybrid entries (one, or two for an ensemble); {@code null}
 *               for the default model
 */
public record RegressionEntry(String name, String dataset, String path, String split, String retriever, String metric,
        double expected, double tolerance, @JsonProperty("query_limit") Integer queryLimit,
        @JsonProperty("corpus_sample") Integer corpusSample, List<String> models) {
    public RegressionEntry {
        models = models == null ? RetrieverOptions.DEFAULT.models() : List.copyOf(models);
        for (var field : new String[][] {{"name", name}, {"dataset", dataset}, {"path", path}, {"split", split},
                {"retriever", retriever}, {"metric", metric}}) {
            if (field[1] == null || field[1].isBlank()) {
                throw new IllegalArgumentException("regression " + Objects.requireNonNullElse(name, "?") + ": missing \"" + field[0] + "\"");
            }
        }
        Metric.byKey(metric);
        if (!(tolerance >= 0) || !Double.isFinite(expected)) {
            throw new IllegalArgumentException("regression " + name + ": expected must be finite and tolerance >= 0");
        }
        if (queryLimit != null && queryLimit < 1) {
            throw new IllegalArgumentException("regression " + name + ": query_limit must be >= 1 or null");
        }
        if (corpusSample != null && corpusSample < 1) {
            throw new IllegalArgumentException("regression " + name + ": corpus_sample must be >= 1 or null");
        }
    }

    /** Entries without models read as before. */
    public RegressionEntry(String name, String dataset, String path, String split, String retriever, String metric,
            double expected, double tolerance, Integer queryLimit) {
        this(name, dataset, path, split, retriever, metric, expected, tolerance, queryLimit, null, null);
    }

    RetrieverOptions options() {
        return new RetrieverOptions(RetrieverOptions.DEFAULT.bm25(), models, RetrieverOptions.DEFAULT.fusion(),
                RetrieverOptions.DEFAULT.denseWeight());
    }

    Metric measure() {
        return Metric.byKey(metric);
    }
}
