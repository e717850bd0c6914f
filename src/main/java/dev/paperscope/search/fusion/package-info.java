/**
 * Retrieval and fusion: {@link dev.paperscope.search.fusion.BackendRetrieval} runs BM25, dense and hybrid
 * retrieval over any {@link dev.paperscope.search.SearchBackend} (the embedded index and OpenSearch alike),
 * combining the ranked lists of BM25 and dense retrieval into one ranking (reciprocal rank fusion or
 * normalised score fusion) and keeping each list's rank and score per hit to explain the result.
 *
 * <p>Thread-safety: fusions and results are immutable; {@code BackendRetrieval} is safe for concurrent use
 * when its backend and embedders are.
 */
package dev.paperscope.search.fusion;
