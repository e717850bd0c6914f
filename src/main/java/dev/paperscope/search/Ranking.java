package dev.paperscope.search;

import java.util.List;
import java.util.Objects;

/**
 * A retriever's ranked ids for a query, best first (ties by id), with its count of matches ({@code total},
 * exact when {@code totalExact}), notes about how the query was read, and the names understood in its words
 * ({@link Understood}, which BM25 boosts; none from a backend that does not read names).
 */
public record Ranking(List<Ranked> ranked, long total, boolean totalExact, List<String> notes, List<Understood> understood) {
    public static final Ranking EMPTY = new Ranking(List.of(), 0, true, List.of());

    /** A ranking that understood no names. */
    public Ranking(List<Ranked> ranked, long total, boolean totalExact, List<String> notes) {
        this(ranked, total, totalExact, notes, List.of());
    }

    public Ranking {
        ranked = List.copyOf(ranked);
        notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
        understood = List.copyOf(Objects.requireNonNull(understood, "understood"));
        if (total < ranked.size()) {
            throw new IllegalArgumentException("total " + total + " is below the " + ranked.size() + " ranked ids");
        }
    }
}
