package dev.paperscope.eval;

import dev.paperscope.search.Bm25Params;
import java.util.Objects;

/** Settings a retriever may read when it is built; each retriever ignores what does not concern it. */
public record RetrieverOptions(Bm25Params bm25) {
    public static final RetrieverOptions DEFAULT = new RetrieverOptions(Bm25Params.DEFAULT);

    public RetrieverOptions {
        Objects.requireNonNull(bm25, "bm25");
    }
}
