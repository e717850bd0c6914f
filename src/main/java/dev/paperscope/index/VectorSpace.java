package dev.paperscope.index;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;

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

    /**
     * The vector spaces of the commit {@code reader} reads, in field order ({@link IndexSchema#vectorField});
     * empty when that commit holds no vectors.
     */
    public static List<VectorSpace> of(IndexReader reader) throws IOException {
        return reader instanceof DirectoryReader dr ? VectorCommits.spaces(dr.getIndexCommit().getUserData()) : List.of();
    }
}
