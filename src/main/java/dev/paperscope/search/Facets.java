package dev.paperscope.search;

import dev.paperscope.index.IndexSchema;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Facet counts over every hit of a query (not just one page): per field (in
 * {@link dev.paperscope.index.IndexSchema#FACET_FIELDS} order), its most frequent values, most hits
 * first, ties by value; {@code distinct} says how many values the field had in all.
 */
public record Facets(Map<String, List<FacetCount>> fields, Map<String, Integer> distinct) {
    public static final Facets NONE = new Facets(Map.of(), Map.of());

    /** Counts over every document {@code query} matches on {@code searcher}, at most {@code topPerField} values per field. */
    public static Facets count(IndexSearcher searcher, Query query, int topPerField)
            throws IOException {
        return FacetCounter.count(searcher, query, topPerField);
    }

    /** The counts of an empty matching set: every field, no values. */
    public static Facets empty() {
        Map<String, List<FacetCount>> fields = new LinkedHashMap<>();
        Map<String, Integer> distinct = new LinkedHashMap<>();
        for (String field : IndexSchema.FACET_FIELDS) {
            fields.put(field, List.of());
            distinct.put(field, 0);
        }
        return new Facets(fields, distinct);
    }

    public Facets {
        Map<String, List<FacetCount>> copy = new LinkedHashMap<>();
        fields.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        fields = Collections.unmodifiableMap(copy);
        distinct = Collections.unmodifiableMap(new LinkedHashMap<>(distinct));
    }
}
