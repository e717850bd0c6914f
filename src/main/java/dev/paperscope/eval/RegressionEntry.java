package dev.paperscope.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One evaluation of regressions.json and its expected figures, as Anserini's regression YAML groups them:
 * evaluating {@code retriever} (with {@code models}, for the product's dense and hybrid retrievers) on the
 * dataset at {@code path} (relative to the data root, {@code --data-root}) must give each of
 * {@code metrics} within its tolerance.
 *
 * @param queryLimit evaluate only the split's first N judged queries; {@code null} for all
 * @param corpusSample evaluate over a sample of the corpus of this many documents (every judged one kept;
 *                     {@link BeirDataset#sample}); {@code null} for the whole corpus
 * @param models embedding models of the product's dense and hybrid retrievers (one, or two for an
 *               ensemble); {@code null} for search's default models
 * @param metrics expected value and tolerance by metric key ({@link Metric}), in file order
 */
public record RegressionEntry(String name, String dataset, String path, String split, String retriever, List<String> models,
        @JsonProperty("query_limit") Integer queryLimit, @JsonProperty("corpus_sample") Integer corpusSample,
        Map<String, Expected> metrics) {

    /** An expected figure: {@code value} ± {@code tolerance}. */
    public record Expected(double value, double tolerance) {
        public Expected {
            if (!Double.isFinite(value) || !(tolerance >= 0)) {
                throw new IllegalArgumentException("expected value must be finite and tolerance >= 0");
            }
        }

        /** Whether {@code measured} lies within the tolerance. */
        public boolean admits(double measured) {
            return Math.abs(measured - value) <= tolerance + 1e-12;
        }
    }

    public RegressionEntry {
        models = models == null ? RetrieverOptions.DEFAULT.models() : List.copyOf(models);
        for (var field : new String[][] {{"name", name}, {"dataset", dataset}, {"path", path}, {"split", split}, {"retriever", retriever}}) {
            if (field[1] == null || field[1].isBlank()) {
                throw new IllegalArgumentException("regression " + Objects.requireNonNullElse(name, "?") + ": missing \"" + field[0] + "\"");
            }
        }
        if (!Retrievers.NAMES.contains(retriever)) {
            throw new IllegalArgumentException("regression " + name + ": " + Retrievers.unknown(retriever));
        }
        if (metrics == null || metrics.isEmpty()) {
            throw new IllegalArgumentException("regression " + name + ": missing \"metrics\"");
        }
        for (Map.Entry<String, Expected> m : metrics.entrySet()) {
            Metric.byKey(m.getKey());
            if (m.getValue() == null) {
                throw new IllegalArgumentException("regression " + name + ": metric " + m.getKey() + " has no value");
            }
        }
        metrics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        if (queryLimit != null && queryLimit < 1) {
            throw new IllegalArgumentException("regression " + name + ": query_limit must be >= 1 or null");
        }
        if (corpusSample != null && corpusSample < 1) {
            throw new IllegalArgumentException("regression " + name + ": corpus_sample must be >= 1 or null");
        }
    }

    RetrieverOptions options() {
        return new RetrieverOptions(RetrieverOptions.DEFAULT.bm25(), models, RetrieverOptions.DEFAULT.fusion(),
                RetrieverOptions.DEFAULT.denseWeight());
    }
}
