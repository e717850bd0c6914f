/**
 * Search: the query syntax ({@link dev.paperscope.search.QuerySyntax}), its translation into Lucene
 * queries, and BM25 retrieval with snippets ({@link dev.paperscope.search.Bm25Search}). Dense retrieval
 * ({@code search.dense}), fusion and re-ranking ({@code search.fusion}) and related records
 * ({@code search.related}) build on the query split and hit reading here ({@link dev.paperscope.search.QueryParts},
 * {@link dev.paperscope.search.Hits}).
 *
 * {@link dev.paperscope.search.WorkGrouping} turns any record ranking into one hit per work, looking works
 * up through a {@link dev.paperscope.search.WorkDirectory}.
 *
 * <p>Thread-safety: parsed queries and results are immutable; {@code Bm25Search} is safe for concurrent use.
 */
package dev.paperscope.search;
