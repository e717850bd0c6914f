package dev.paperscope.search;

import java.util.Objects;

/**
 * One entry of a ranking before any stored field is read: a record id and its retriever's score. Fusion
 * needs nothing more, so hybrid search loads stored fields only for the hits on its results page.
 */
public record Ranked(String id, float score) {
    public Ranked {
        Objects.requireNonNull(id, "id");
        if (Float.isNaN(score)) {
            throw new IllegalArgumentException("score of " + id + " is NaN");
        }
    }
}
