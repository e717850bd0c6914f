package dev.paperscope.index;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The vector settings an index commit records in its user data, so an index opened with another model,
 * dimension or quantisation knows its vectors are unusable and rebuilds.
 */
final class VectorCommits {
    private VectorCommits() {
    }

    /** User data for a commit made with {@code vectors} (null: none). */
    static Map<String, String> userData(IndexVectors vectors) {
        Map<String, String> data = new TreeMap<>();
        if (vectors != null) {
            VectorSpace space = vectors.source().space();
            data.put(IndexSchema.VECTOR_MODEL_KEY, space.modelId());
            data.put(IndexSchema.VECTOR_DIMENSION_KEY, Integer.toString(space.dimension()));
            data.put(IndexSchema.VECTOR_QUANTIZATION_KEY, vectors.quantization().name());
        }
        return data;
    }

    static boolean matches(Map<String, String> committed, IndexVectors vectors) {
        Map<String, String> vectorKeys = new TreeMap<>(committed);
        vectorKeys.keySet().retainAll(java.util.Set.of(IndexSchema.VECTOR_MODEL_KEY, IndexSchema.VECTOR_DIMENSION_KEY,
                IndexSchema.VECTOR_QUANTIZATION_KEY));
        return vectorKeys.equals(userData(vectors));
    }

    static Optional<VectorSpace> space(Map<String, String> committed) {
        String model = committed.get(IndexSchema.VECTOR_MODEL_KEY);
        String dimension = committed.get(IndexSchema.VECTOR_DIMENSION_KEY);
        if (model == null || dimension == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new VectorSpace(model, Integer.parseInt(dimension)));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a damaged entry: catch-up sees the mismatch and rebuilds
        }
    }

    static String describe(IndexVectors vectors) {
        return vectors == null ? "no vectors"
                : vectors.source().space().modelId() + ", " + vectors.source().space().dimension() + " dimensions, "
                        + vectors.quantization().name().toLowerCase(java.util.Locale.ROOT);
    }
}
