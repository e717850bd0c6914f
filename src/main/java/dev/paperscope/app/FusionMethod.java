package dev.paperscope.app;

/** How hybrid search combines its two rankings. */
public enum FusionMethod {
    /** Reciprocal rank fusion, k = 60. */
    RRF,
    /** Min-max normalised scores, weighted. */
    SCORE
}
