package dev.paperscope.index;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Vector indexing for a {@link SearchIndex}: where vectors come from and how they are stored. With two
 * sources (a dense ensemble), the {@code i}-th source's vectors go to {@link IndexSchema#vectorField(int)
 * vectorField(i)}, all in the same HNSW format.
 */
public record IndexVectors(List<VectorSource> sources, VectorQuantization quantization) {
    public IndexVectors {
        sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
        Objects.requireNonNull(quantization, "quantization");
        if (sources.isEmpty() || sources.size() > IndexSchema.MAX_VECTOR_MODELS) {
            throw new IllegalArgumentException("an index holds vectors of 1.." + IndexSchema.MAX_VECTOR_MODELS
                    + " embedding models, not " + sources.size());
        }
        Set<String> models = new HashSet<>();
        for (VectorSource source : sources) {
            if (!models.add(source.space().modelId())) {
                throw new IllegalArgumentException("embedding model " + source.space().modelId() + " is named twice");
            }
        }
    }

    /** One model's vectors. */
    public IndexVectors(VectorSource source, VectorQuantization quantization) {
        this(List.of(Objects.requireNonNull(source, "source")), quantization);
    }

    /** The vector spaces, in field order. */
    public List<VectorSpace> spaces() {
        return sources.stream().map(VectorSource::space).toList();
    }
}
