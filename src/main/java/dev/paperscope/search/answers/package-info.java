/**
 * Extractive answers with citations ({@code ask}): candidate passages for a question
 * ({@link dev.paperscope.search.answers.CandidateSource}), the sentences inside them scored against the
 * question (lexical idf overlap with dense similarity and the passage's retrieval rank,
 * {@link dev.paperscope.search.answers.SentenceScorer}), diversified by MMR so the top answers come from
 * different papers ({@link dev.paperscope.search.answers.Mmr}), the answering span highlighted, and an
 * answerable decision ({@link dev.paperscope.search.answers.AnswerEngine}). No generative model.
 *
 * <p>Thread-safety: records are immutable; {@code AnswerEngine} is safe for concurrent use when its
 * sources are.
 */
package dev.paperscope.search.answers;
