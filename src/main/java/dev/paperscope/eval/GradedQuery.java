package dev.paperscope.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One hand-graded query of {@link GradedQueries}: its type ({@link #TYPES}), the query as a user types
 * it, and the works that answer it, by title, graded 1 (partly relevant) to 3.
 */
public record GradedQuery(String id, String type, String query, Map<String, Integer> relevant) {
    /** Entity (a person, room, session, venue or award as plain words), keyword, natural-language and fielded queries. */
    public static final List<String> TYPES = List.of("entity", "keyword", "natural", "fielded");

    public GradedQuery {
        for (var field : new String[][] {{"id", id}, {"type", type}, {"query", query}}) {
            if (field[1] == null || field[1].isBlank()) {
                throw new IllegalArgumentException("graded query " + Objects.requireNonNullElse(id, "?") + ": missing \"" + field[0] + "\"");
            }
        }
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("graded query " + id + ": type must be one of " + TYPES + ", not '" + type + "'");
        }
        if (relevant == null || relevant.isEmpty()) {
            throw new IllegalArgumentException("graded query " + id + ": no relevant works");
        }
        Map<String, Integer> byTitle = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : relevant.entrySet()) {
            if (e.getValue() == null || e.getValue() < 1 || e.getValue() > 3) {
                throw new IllegalArgumentException("graded query " + id + ": grade of '" + e.getKey() + "' must lie in 1..3");
            }
            if (byTitle.put(GradedQueries.titleKey(e.getKey()), e.getValue()) != null) {
                throw new IllegalArgumentException("graded query " + id + ": '" + e.getKey() + "' is graded twice");
            }
        }
        relevant = java.util.Collections.unmodifiableMap(byTitle);
    }

    /**
     * nDCG@10 of a ranking of work titles (best first), with linear gains as trec_eval computes them. A
     * title seen again further down (two works of one title) gains nothing the second time.
     */
    public double ndcg10(List<String> rankedTitles) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        double dcg = 0;
        for (int i = 0; i < Math.min(10, rankedTitles.size()); i++) {
            String key = GradedQueries.titleKey(rankedTitles.get(i));
            if (seen.add(key)) {
                dcg += relevant.getOrDefault(key, 0) / log2(i + 2);
            }
        }
        List<Integer> ideal = relevant.values().stream().sorted(java.util.Comparator.reverseOrder()).limit(10).toList();
        double idcg = 0;
        for (int i = 0; i < ideal.size(); i++) {
            idcg += ideal.get(i) / log2(i + 2);
        }
        return dcg / idcg;
    }

    private static double log2(int x) {
        return Math.log(x) / Math.log(2);
    }
}
