package dev.paperscope.eval;

import dev.paperscope.search.Ranked;
import dev.paperscope.search.dense.ModelScores;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The product's candidate lists rebuilt from exact scores, so evaluation measures what search does:
 * each signal (BM25, each embedding model) contributes its top {@code depth}, and every candidate is
 * then scored by every signal, as {@code HybridSearch} and {@code DenseSearch} do with the index.
 */
final class ExactCandidates {
    private static final Comparator<Map.Entry<String, Float>> BEST_FIRST =
            Comparator.comparingDouble((Map.Entry<String, Float> e) -> -e.getValue()).thenComparing(Map.Entry::getKey);

    private ExactCandidates() {
    }

    /** The ids of a signal's {@code depth} best documents, best first, ties by id. */
    static List<String> top(Map<String, Float> scores, int depth) {
        return scores.entrySet().stream().sorted(BEST_FIRST).limit(depth).map(Map.Entry::getKey).toList();
    }

    /** The union of the signals' candidate lists, in signal order. */
    static List<String> union(List<List<String>> candidates) {
        Set<String> ids = new LinkedHashSet<>();
        candidates.forEach(ids::addAll);
        return List.copyOf(ids);
    }

    /** The models' combined dense ranking of the candidates ({@link ModelScores}). */
    static List<Ranked> dense(List<String> candidates, List<Map<String, Float>> perModel) {
        return ModelScores.combine(candidates, perModel.stream().map(m -> restrict(m, candidates)).toList());
    }

    /** BM25's ranking of the candidates it matches (a document without a BM25 score does not match). */
    static List<Ranked> lexical(List<String> candidates, Map<String, Float> bm25) {
        List<Ranked> out = new ArrayList<>();
        restrict(bm25, candidates).entrySet().stream().sorted(BEST_FIRST).forEach(e -> out.add(new Ranked(e.getKey(), e.getValue())));
        return out;
    }

    private static Map<String, Float> restrict(Map<String, Float> scores, List<String> ids) {
        Map<String, Float> out = new HashMap<>();
        for (String id : ids) {
            Float s = scores.get(id);
            if (s != null) {
                out.put(id, s);
            }
        }
        return out;
    }

    /** A run's documents from a ranking, its first {@code k}. */
    static List<ScoredDoc> run(List<Ranked> ranked, int k) {
        return ranked.stream().limit(k).map(r -> new ScoredDoc(r.id(), r.score())).toList();
    }
}
