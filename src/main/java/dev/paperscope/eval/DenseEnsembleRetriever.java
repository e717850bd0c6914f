package dev.paperscope.eval;

import dev.paperscope.search.dense.DenseSearch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two embedding models as one dense retriever, combined as the product's {@code DenseSearch} combines
 * them: the first model's top k (exact here, where the product searches a graph) that reach its
 * similarity floor, re-scored by both
 * models, each model's scores min-max scaled over the candidates and averaged with equal weights.
 * Nothing is tuned: two models, one half each.
 */
final class DenseEnsembleRetriever implements EvalRetriever {
    private final List<DenseExactRetriever> models;

    DenseEnsembleRetriever(List<DenseExactRetriever> models) {
        this.models = List.copyOf(models);
    }

    @Override
    public String name() {
        return DenseExactRetriever.NAME;
    }

    @Override
    public String model() {
        return String.join("+", models.stream().map(DenseExactRetriever::model).toList());
    }

    @Override
    public Map<String, List<ScoredDoc>> retrieve(List<BeirQuery> queries, int k) {
        List<List<float[]>> vectors = models.stream().map(m -> m.queryVectors(queries)).toList();
        Map<String, List<ScoredDoc>> run = new LinkedHashMap<>();
        for (int q = 0; q < queries.size(); q++) {
            List<Map<String, Float>> perModel = scores(models, vectors, q);
            List<String> candidates = models.getFirst().floor().admitted(
                    ExactCandidates.top(perModel.getFirst(), Math.min(k, DenseSearch.DEFAULT_DEPTH)), perModel.getFirst(), false);
            run.put(queries.get(q).id(), ExactCandidates.run(ExactCandidates.dense(candidates, perModel), k));
        }
        return run;
    }

    /** Every document's score by each model for query {@code q}. */
    static List<Map<String, Float>> scores(List<DenseExactRetriever> models, List<List<float[]>> vectors, int q) {
        List<Map<String, Float>> perModel = new ArrayList<>(models.size());
        for (int m = 0; m < models.size(); m++) {
            perModel.add(models.get(m).scores(vectors.get(m).get(q)));
        }
        return perModel;
    }

    @Override
    public void close() {
        RuntimeException failure = null;
        for (DenseExactRetriever m : models) {
            try {
                m.close();
            } catch (RuntimeException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
