package dev.paperscope.index.opensearch;

import dev.paperscope.index.IndexSchema;
import dev.paperscope.index.VectorSpace;
import java.util.List;
import java.util.Objects;

/**
 * An OpenSearch index of the catalog: its name, shards and replicas, BM25 k1 and b (the search's; fixed at creation:
 * OpenSearch keeps the similarity in the mapping) and the vector spaces of its {@code knn_vector} fields,
 * in the embedded index's field order.
 */
public record IndexSettings(String name, int shards, int replicas, float k1, float b, List<VectorSpace> spaces) {
    public static final String DEFAULT_NAME = "paperscope-records";

    public IndexSettings {
        Objects.requireNonNull(name, "name");
        spaces = List.copyOf(spaces);
        if (!name.matches("[a-z0-9][a-z0-9_.-]{0,200}")) {
            throw new IllegalArgumentException("an OpenSearch index name is lower-case letters, digits, '_', '.', '-': not '" + name + "'");
        }
        if (shards < 1 || shards > 1024 || replicas < 0 || replicas > 16) {
            throw new IllegalArgumentException("shards must lie in 1..1024 and replicas in 0..16, were " + shards + " and " + replicas);
        }
        if (!(k1 >= 0 && Float.isFinite(k1)) || !(b >= 0 && b <= 1)) {
            throw new IllegalArgumentException("BM25 needs k1 >= 0 and b in [0, 1], were " + k1 + " and " + b);
        }
        if (spaces.size() > IndexSchema.MAX_VECTOR_MODELS) {
            throw new IllegalArgumentException("an index holds vectors of at most " + IndexSchema.MAX_VECTOR_MODELS + " models");
        }
    }
}
