package dev.paperscope.index;

/** How the HNSW graph stores vectors. */
public enum VectorQuantization {
    /** Raw 32-bit floats. */
    NONE,
    /**
     * Scalar quantisation to 7-bit integers beside the raw floats: about a quarter of the memory for
     * the graph search, at a small cost in recall.
     */
    INT8
}
