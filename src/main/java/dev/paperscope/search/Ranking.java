package dev.paperscope.search;

import java.util.List;
import java.util.Objects;

/**
 * A retriever's ranked ids for a query, best first (ties by id), with its count of matches ({@code total},
 * exact when {@code totalExact}) and notes about how the query was read.
 */
public record Ranking(List<Ranked> ranked, long total, boolean totalExact, List<String> notes) {
    public static final Ranking EMPTY = new Ranking(List.of(), 0, true, List.of());

    public Ranking {
        ranked = List.copyOf(ranked);
        notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
        if (total < ranked.size()) {
            throw new IllegalArgumentException("total " + total + " is below the " + ranked.size() + " ranked ids");
        }
    }
}
