package dev.paperscope.app;

/** Which retrieval answers a search. */
public enum Retriever {
    /** Fielded BM25 over the words of the query. */
    BM25,
    /** Nearest neighbours of the embedded query; needs vectors. */
    DENSE,
    /** BM25 and dense fused; needs vectors. */
    HYBRID
}
