package dev.paperscope.search.answers;

import dev.paperscope.ingest.Sentences;
import java.util.List;
import java.util.Set;

/**
 * A sentence of a candidate passage with its evidence: {@code coverage} is the idf-weighted share of the
 * question's terms it holds (0..1), {@code bm25} its BM25 score among the candidate sentences scaled to
 * 0..1 by the best, {@code dense} its cosine with the question (NaN when not computed), and {@code score}
 * their combination.
 */
record ScoredSentence(Candidate candidate, Sentences.Span span, List<Terms.Term> terms, Set<String> matched,
                      double coverage, double bm25, double dense, double score) {
    ScoredSentence withScores(double newBm25, double newDense, double newScore) {
        return new ScoredSentence(candidate, span, terms, matched, coverage, newBm25, newDense, newScore);
    }
}
