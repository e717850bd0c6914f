package dev.paperscope.search.answers;

import java.util.List;

/**
 * The sentences {@code ask} ranked for a question, whether or not it calls them answers: {@code answerable}
 * is its decision, from the best sentence's {@code score} and {@code coverage} (the idf-weighted share of
 * the question's terms it holds). Evaluations read the ranking and the decision apart.
 */
public record AnswerRanking(String question, List<Answer> ranked, double score, double coverage, boolean answerable) {
    public AnswerRanking {
        ranked = List.copyOf(ranked);
    }

    /** What users see: the answers when answerable, none otherwise. */
    public AnswerSet toSet(long tookMs) {
        return new AnswerSet(question, answerable, answerable ? ranked : List.of(), tookMs);
    }
}
