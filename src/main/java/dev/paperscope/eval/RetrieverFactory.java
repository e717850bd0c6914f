package dev.paperscope.eval;

import dev.paperscope.search.dense.EmbeddingProgress;
import java.util.List;

/**
 * Opens the product's retrievers ({@link Retrievers#PRODUCT}) over a corpus. The product's search lives
 * in {@code app}, a later pipeline stage than {@code eval}, so evaluation is handed a factory
 * ({@code app.ProductRetriever#FACTORY}) instead of knowing it.
 */
@FunctionalInterface
public interface RetrieverFactory {
    /** A factory that has no product retrievers: evaluation without {@code app} (flat BM25 only). */
    RetrieverFactory NONE = (name, corpus, options, progress) -> {
        throw new IllegalArgumentException("retriever \"" + name + "\" runs the product's search, which this evaluation was not given");
    };

    /** Builds retriever {@code name} (one of {@link Retrievers#PRODUCT}) over {@code corpus}, reporting embedding progress. */
    EvalRetriever open(String name, List<BeirDoc> corpus, RetrieverOptions options, EmbeddingProgress progress);
}
