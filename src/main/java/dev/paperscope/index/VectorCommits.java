package dev.paperscope.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The vector settings an index commit records in its user data, so an index opened with other models,
 * dimensions or quantisation knows which vectors it holds: catch-ups keep them ({@link #kept}), {@code reindex}
 * rebuilds with the configured ones, searches use them only for the same models. The first model keeps the
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
                return List.of(); // a damaged entry: searched as no vectors, caught up by nothing but a rebuild (kept)
            }
        }
        return List.copyOf(spaces);
    }

    /**
     * The vectors a catch-up writes into an index committed with {@code committed} while the folder is opened with
     * {@code configured} (null: none), so that it never changes which vectors the index holds (only a rebuild,
     * {@code reindex}, does): the configured ones when they match; none when the index holds none (it stays BM25
     * only); the configured models in the committed quantisation when only that differs. Not {@link Kept#writable}
     * when the index holds vectors of other models (or is opened without any): only those models could extend it.
     */
    static Kept kept(Map<String, String> committed, IndexVectors configured) {
        if (matches(committed, configured)) {
            return new Kept(true, configured);
        }
        List<VectorSpace> spaces = spaces(committed);
        if (spaces.isEmpty() && committed.keySet().stream().noneMatch(VectorCommits::isVectorKey)) {
            return new Kept(true, null);
        }
        if (configured != null && spaces.equals(configured.spaces())) {
            try {
                return new Kept(true, new IndexVectors(configured.sources(), VectorQuantization.valueOf(committed.get(IndexSchema.VECTOR_QUANTIZATION_KEY))));
            } catch (IllegalArgumentException | NullPointerException e) {
                return new Kept(false, null); // a damaged entry: only a rebuild writes a readable one
            }
        }
        return new Kept(false, null);
    }

    /** See {@link #kept}: {@code vectors} (null: none) is what a catch-up writes when {@code writable}. */
    record Kept(boolean writable, IndexVectors vectors) {
    }

    /** The committed vectors in words, as {@link #describe(IndexVectors)} says configured ones. */
    static String describe(Map<String, String> committed) {
        List<VectorSpace> spaces = spaces(committed);
        if (spaces.isEmpty()) {
            return "no vectors";
        }
        return String.join(" + ", spaces.stream().map(s -> s.modelId() + ", " + s.dimension() + " dimensions").toList()) + ", "
                + committed.getOrDefault(IndexSchema.VECTOR_QUANTIZATION_KEY, "?").toLowerCase(Locale.ROOT);
    }

    static String describe(IndexVectors vectors) {
        if (vectors == null) {
            return "no vectors";
        }
        return String.join(" + ", vectors.spaces().stream().map(s -> s.modelId() + ", " + s.dimension() + " dimensions").toList())
                + ", " + vectors.quantization().name().toLowerCase(Locale.ROOT);
    }
}
