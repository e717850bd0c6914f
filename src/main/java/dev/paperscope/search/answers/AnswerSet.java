package dev.paperscope.search.answers;

import java.util.List;
import java.util.Objects;

/**
 * What {@code ask} returns: the question, whether the library answers it, the answers best first (empty
 * when not answerable: the least bad sentences are not answers), and the time taken.
 */
public record AnswerSet(String question, boolean answerable, List<Answer> answers, long tookMs) {
    public AnswerSet {
        Objects.requireNonNull(question, "question");
        answers = List.copyOf(answers);
        if (!answerable && !answers.isEmpty()) {
            throw new IllegalArgumentException("an unanswerable question has no answers");
        }
    }

    public AnswerSet withTook(long ms) {
        return new AnswerSet(question, answerable, answers, ms);
    }
}
