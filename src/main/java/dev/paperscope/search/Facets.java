package dev.paperscope.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Facet counts over every hit of a query (not just one page): per field (in
 * {@link dev.paperscope.index.IndexSchema#FACET_FIELDS} order), its most frequent values, most hits
 * first, ties by value; {@code distinct} says how many values the field had in all.
 */
public record Facets(Map<String, List<FacetCount>> fields, Map<String, Integer> distinct) {
    public static final Facets NONE = new Facets(Map.of(), Map.of());

    public Facets {
        Map<String, List<FacetCount>> copy = new LinkedHashMap<>();
        fields.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        fields = Collections.unmodifiableMap(copy);
        distinct = Collections.unmodifiableMap(new LinkedHashMap<>(distinct));
    }
}
