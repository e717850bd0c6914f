package dev.paperscope.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Relevance judgments: for each query, the graded relevance of judged documents. Queries keep the order
 * in which the qrels file first names them, so "the first N queries" of a split is well defined.
 */
public final class Qrels {
    private final Map<String, Map<String, Integer>> judgments;

    /** Copies {@code judgments}; the iteration order of both levels is kept. */
    public Qrels(Map<String, Map<String, Integer>> judgments) {
        Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
        judgments.forEach((query, docs) -> {
            if (docs.isEmpty()) {
                throw new IllegalArgumentException("query " + query + " has no judgments");
            }
            copy.put(query, Collections.unmodifiableMap(new LinkedHashMap<>(docs)));
        });
        this.judgments = Collections.unmodifiableMap(copy);
    }

    /** Query ids in first-seen order. */
    public Set<String> queryIds() {
        return judgments.keySet();
    }

    /** Judged documents of a query (doc id to grade); empty for a query without judgments. */
    public Map<String, Integer> of(String queryId) {
        return judgments.getOrDefault(queryId, Map.of());
    }

    public int size() {
        return judgments.size();
    }

    /** The judgments of the first {@code n} queries (all when {@code n} is at least the number of queries). */
    public Qrels first(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("query limit must be >= 0, was " + n);
        }
        Map<String, Map<String, Integer>> kept = new LinkedHashMap<>();
        List<String> ids = List.copyOf(judgments.keySet());
        for (String id : ids.subList(0, Math.min(n, ids.size()))) {
            kept.put(id, judgments.get(id));
        }
        return new Qrels(kept);
    }
}
