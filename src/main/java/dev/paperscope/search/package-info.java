/**
 * Search: the query syntax ({@link dev.paperscope.search.QuerySyntax}), its translation into Lucene
 * queries, and BM25 retrieval with snippets ({@link dev.paperscope.search.Bm25Search}). Later stages
 * (dense retrieval, fusion, re-ranking) plug in beside BM25 here.
 *
 * <p>Thread-safety: parsed queries and results are immutable; {@code Bm25Search} is safe for concurrent use.
 */
package dev.paperscope.search;
