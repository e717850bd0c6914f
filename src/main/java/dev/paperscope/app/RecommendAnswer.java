package dev.paperscope.app;

import java.util.List;
import java.util.Objects;

/**
 * The answer of {@link Recommendations}: what it learnt from ({@code kept}: the kept works found in the
 * library), the method, the recommendations best first (none kept), notes (why there are none, what was
 * left out) and the time taken.
 */
public record RecommendAnswer(RecommendationBasis basis, List<String> kept, String method, List<Recommendation> recommendations,
                          List<String> notes, double millis) {
    public RecommendAnswer {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(method, "method");
        kept = List.copyOf(kept);
        recommendations = List.copyOf(recommendations);
        notes = List.copyOf(notes);
    }

    public String explanation(Recommendation r) {
        return r.explanation(basis.where());
    }
}
