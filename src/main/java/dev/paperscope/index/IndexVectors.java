package dev.paperscope.index;

import java.util.Objects;

/** Vector indexing for a {@link SearchIndex}: where vectors come from and how they are stored. */
public record IndexVectors(VectorSource source, VectorQuantization quantization) {
    public IndexVectors {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(quantization, "quantization");
    }
}
