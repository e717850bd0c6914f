/**
 * Evaluation: reads BEIR datasets ({@link dev.paperscope.eval.BeirDataset}) and TREC run files
 * ({@link dev.paperscope.eval.TrecRun}), runs an {@link dev.paperscope.eval.EvalRetriever} over a corpus,
 * and scores runs with trec_eval's definitions of nDCG@10, Recall@100 and MRR@10
 * ({@link dev.paperscope.eval.Metrics}). Expected figures live as data in
 * {@code src/main/resources/regressions/regressions.json} and are checked by
 * {@link dev.paperscope.eval.Regressions}. Nothing here touches the product's catalog or index: the
 * retrievers build temporary indexes of their own: flat BM25 a Lucene index of its own, the product's retrievers
 * ({@code app.ProductRetriever}) a temporary data folder searched as {@code search} and {@code serve} search.
 *
 * <p>Thread-safety: datasets, runs, scores and reports are immutable; a retriever is used by one thread
 * at a time.
 */
package dev.paperscope.eval;
