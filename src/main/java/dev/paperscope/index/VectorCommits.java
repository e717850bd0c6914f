package dev.paperscope.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The vector settings an index commit records in its user data, so an index opened with other models,
 * dimensions or quantisation knows its vectors are unusable and rebuilds. The first model keeps the
 * unsuffixed keys, so a one-model index written before ensembles existed still matches.
 */
final class VectorCommits {
    private VectorCommits() {
    }

    /** User data for a commit made with {@code vectors} (null: none). */
    static Map<String, String> userData(IndexVectors vectors) {
        Map<String, String> data = new TreeMap<>();
        if (vectors != null) {
            List<VectorSpace> spaces = vectors.spaces();
            for (int i = 0; i < spaces.size(); i++) {
                data.put(key(IndexSchema.VECTOR_MODEL_KEY, i), spaces.get(i).modelId());
                data.put(key(IndexSchema.VECTOR_DIMENSION_KEY, i), Integer.toString(spaces.get(i).dimension()));
            }
            data.put(IndexSchema.VECTOR_QUANTIZATION_KEY, vectors.quantization().name());
        }
        return data;
    }

    private static String key(String base, int model) {
        return model == 0 ? base : base + "_" + (model + 1);
    }

    static boolean matches(Map<String, String> committed, IndexVectors vectors) {
        Map<String, String> vectorKeys = new TreeMap<>(committed);
        vectorKeys.keySet().removeIf(k -> !isVectorKey(k));
        return vectorKeys.equals(userData(vectors));
    }

    private static boolean isVectorKey(String key) {
        return key.startsWith(IndexSchema.VECTOR_MODEL_KEY) || key.startsWith(IndexSchema.VECTOR_DIMENSION_KEY)
                || key.equals(IndexSchema.VECTOR_QUANTIZATION_KEY);
    }

    /** The committed vector spaces in field order; empty when the commit holds no vectors. */
    static List<VectorSpace> spaces(Map<String, String> committed) {
        List<VectorSpace> spaces = new ArrayList<>();
        for (int i = 0; i < IndexSchema.MAX_VECTOR_MODELS; i++) {
            String model = committed.get(key(IndexSchema.VECTOR_MODEL_KEY, i));
            String dimension = committed.get(key(IndexSchema.VECTOR_DIMENSION_KEY, i));
            if (model == null || dimension == null) {
                break;
            }
            try {
                spaces.add(new VectorSpace(model, Integer.parseInt(dimension)));
            } catch (IllegalArgumentException e) {
                return List.of(); // a damaged entry: catch-up sees the mismatch and rebuilds
            }
        }
        return List.copyOf(spaces);
    }

    static String describe(IndexVectors vectors) {
        if (vectors == null) {
            return "no vectors";
        }
        return String.join(" + ", vectors.spaces().stream().map(s -> s.modelId() + ", " + s.dimension() + " dimensions").toList())
                + ", " + vectors.quantization().name().toLowerCase(Locale.ROOT);
    }
}
