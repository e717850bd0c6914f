package dev.paperscope.index;

import java.util.Objects;

/** The space index vectors live in: the embedding model that made them and their dimension. */
public record VectorSpace(String modelId, int dimension) {
    public VectorSpace {
        Objects.requireNonNull(modelId, "modelId");
        if (modelId.isBlank()) {
            throw new IllegalArgumentException("model id is blank");
        }
        if (dimension < 1 || dimension > 4096) {
            throw new IllegalArgumentException("vector dimension must lie in 1..4096, was " + dimension);
        }
    }
}
