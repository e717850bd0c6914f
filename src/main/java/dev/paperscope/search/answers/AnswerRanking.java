package dev.paperscope.search.answers;

import java.util.List;

/**
 * The sentences {@code ask} ranked for a question, whether or not it calls them answers: {@code answerable}
 * is its decision, from the {@link Evidence} about the best sentence. Evaluations read the ranking and the decision apart.
 */
public record AnswerRanking(String question, List<Answer> ranked, Evidence evidence, boolean answerable) {
    public AnswerRanking {
        ranked = List.copyOf(ranked);
        java.util.Objects.requireNonNull(evidence, "evidence");
    }

    /** The best sentence's score. */
    public double score() {
        return evidence.score();
    }

    /** The idf-weighted share of the question's terms the best sentence holds. */
    public double coverage() {
        return evidence.coverage();
    }

    /** What users see: the answers when answerable, none otherwise. */
    public AnswerSet toSet(long tookMs) {
        return new AnswerSet(question, answerable, answerable ? ranked : List.of(), tookMs);
    }
}
