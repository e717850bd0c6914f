package dev.paperscope.search.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Maximal marginal relevance: picks items one at a time, each maximising
 * {@code lambda * score - (1 - lambda) * (most similar already picked)}, so that an item like one already
 * shown must score clearly better to come next. Ties keep the input order (deterministic).
 */
final class Mmr {
    /** How alike two items are, 0..1. */
    @FunctionalInterface
    interface Similarity<T> {
        double of(T a, T b);
    }

    private Mmr() {
    }

    static <T> List<T> select(List<T> items, ToDoubleFunction<T> score, Similarity<T> similarity, double lambda, int k) {
        List<T> left = new ArrayList<>(items);
        List<T> picked = new ArrayList<>();
        while (picked.size() < k && !left.isEmpty()) {
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < left.size(); i++) {
                T item = left.get(i);
                double redundancy = 0;
                for (T p : picked) {
                    redundancy = Math.max(redundancy, similarity.of(item, p));
                }
                double value = lambda * score.applyAsDouble(item) - (1 - lambda) * redundancy;
                if (value > bestValue) {
                    bestValue = value;
                    best = i;
                }
            }
            picked.add(left.remove(best));
        }
        return picked;
    }
}
