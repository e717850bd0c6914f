package dev.paperscope.search;

/**
 * A retriever cannot run on this index: dense or hybrid retrieval without vectors, or with vectors from
 * other models than the query embedders'. The request is fine elsewhere; here it cannot be answered, so
 * the HTTP layer answers 400 and the CLI says why. (An {@link IllegalStateException}: the index's state
 * is what is wrong, not the query.)
 */
public final class RetrieverUnavailableException extends IllegalStateException {
    public RetrieverUnavailableException(String message) {
        super(message);
    }
}
