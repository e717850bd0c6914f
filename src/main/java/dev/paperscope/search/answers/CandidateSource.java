package dev.paperscope.search.answers;

import java.util.List;

/** Candidate passages for a question, best first: a retrieval over records split into passages, or over passages. */
@FunctionalInterface
public interface CandidateSource {
    /**
     * At most about {@code records} records' worth of passages for {@code question}, in retrieval order.
     *
     * @param question the question as typed (the source makes it a search of its own)
     */
    List<Candidate> candidates(String question, int records);
}
