package dev.paperscope.search;

import java.util.Objects;

/** How many hits of a query have one value of a field. */
public record FacetCount(String value, long count) {
    public FacetCount {
        Objects.requireNonNull(value, "value");
        if (count < 1) {
            throw new IllegalArgumentException("a facet value counts at least one hit, was " + count);
        }
    }
}
