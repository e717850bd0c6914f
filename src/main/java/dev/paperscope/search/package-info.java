/**
 * Search: the query syntax ({@link dev.paperscope.search.QuerySyntax}), its translation into Lucene
 * queries, what search needs from an index ({@link dev.paperscope.search.SearchBackend}) and the embedded
 * index behind it ({@link dev.paperscope.search.LuceneBackend}: BM25 with snippets by
 * {@link dev.paperscope.search.Bm25Search}, k-NN, exact scores, facets). Embedding models ({@code search.dense}),
 * retrieval and fusion over any backend ({@code search.fusion.BackendRetrieval}) and related records
 * ({@code search.related}) build on the query split and hit reading here ({@link dev.paperscope.search.QueryParts},
 * {@link dev.paperscope.search.Hits}).
 *
 * {@link dev.paperscope.search.WorkGrouping} turns any record ranking into one hit per work, looking works
 * up through a {@link dev.paperscope.search.WorkDirectory}.
 *
 * <p>Thread-safety: parsed queries and results are immutable; {@code Bm25Search} is safe for concurrent use.
 */
package dev.paperscope.search;
