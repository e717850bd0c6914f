package dev.paperscope.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The graded query set of the demo's seed pages ({@code regressions/graded-queries.json} on the classpath):
 * queries of four types, graded by hand by work title, scored by nDCG@10 over works. {@link #evaluate} runs
 * them through a search given as a function (the product's work search), so the figures are those users get.
 */
public final class GradedQueries {
    public static final String RESOURCE = "/regressions/graded-queries.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private GradedQueries() {
    }

    /** One query's nDCG@10 and the titles it ranked, best first (at most ten). */
    public record Scored(GradedQuery query, double ndcg10, List<String> top) {
    }

    /** Per-query scores, their mean by type (in {@link GradedQuery#TYPES} order, types present only) and overall. */
    public record Report(List<Scored> queries, Map<String, Double> byType, double overall) {
        public Report {
            queries = List.copyOf(queries);
            byType = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byType));
        }
    }

    /** The checked-in queries. */
    public static List<GradedQuery> load() {
        return parse(CheckedInJson.resource(GradedQueries.class, RESOURCE), RESOURCE);
    }

    static List<GradedQuery> parse(JsonNode root, String source) {
        return CheckedInJson.entries(root, "queries", source, JSON, GradedQuery.class, "query", GradedQuery::id, "query id");
    }

    /** Runs every query through {@code search} (query text to ranked work titles, best first) and scores it. */
    public static Report evaluate(List<GradedQuery> queries, Function<String, List<String>> search) {
        List<Scored> scored = new ArrayList<>();
        for (GradedQuery q : queries) {
            List<String> ranked = search.apply(q.query());
            scored.add(new Scored(q, q.ndcg10(ranked), ranked.subList(0, Math.min(10, ranked.size()))));
        }
        Map<String, Double> byType = new LinkedHashMap<>();
        for (String type : GradedQuery.TYPES) {
            scored.stream().filter(s -> s.query().type().equals(type)).mapToDouble(Scored::ndcg10).average()
                    .ifPresent(mean -> byType.put(type, mean));
        }
        double overall = scored.stream().mapToDouble(Scored::ndcg10).average().orElse(0);
        return new Report(scored, byType, overall);
    }

    /** A title as judgments match it: Unicode-normalised, lower case, spaces collapsed. */
    static String titleKey(String title) {
        if (title == null) {
            return "";
        }
        return Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
