/**
 * Fusion: combines the ranked lists of BM25 and dense retrieval into one ranking (reciprocal rank fusion
 * or normalised score fusion), keeping each list's rank and score per hit to explain the result, and a
 * re-ranking stage after fusion. {@link dev.paperscope.search.fusion.HybridSearch} runs the whole
 * pipeline for a query.
 *
 * <p>Thread-safety: fusions and results are immutable; {@code HybridSearch} is safe for concurrent use
 * when its retrievers and re-ranker are.
 */
package dev.paperscope.search.fusion;
