package dev.paperscope.testing;

import dev.paperscope.search.dense.Embedder;
import dev.paperscope.search.dense.SimilarityFloor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A deterministic stand-in for an embedding model: each word (after an optional synonym table maps it
 * to a canonical word) is hashed to one signed dimension, and the counts are L2-normalised. Texts that
 * share words, or synonyms, get similar vectors, which is all the dense pipeline needs to be tested
 * without a model. Queries and passages are embedded alike.
 */
public final class HashingEmbedder implements Embedder {
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "the", "of", "for", "with", "to", "in", "on", "we", "by", "how");
    private final String modelId;
    private final int dimension;
    private final Map<String, String> synonyms;
    private final SimilarityFloor floor;
    private final AtomicInteger passagesEmbedded = new AtomicInteger();
    private volatile boolean closed;

    public HashingEmbedder(String modelId, int dimension, Map<String, String> synonyms) {
        this(modelId, dimension, synonyms, SimilarityFloor.NONE);
    }

    private HashingEmbedder(String modelId, int dimension, Map<String, String> synonyms, SimilarityFloor floor) {
        this.modelId = modelId;
        this.dimension = dimension;
        this.synonyms = Map.copyOf(synonyms);
        this.floor = floor;
    }

    /** The same stand-in model with a similarity floor (a fresh instance; nothing embedded yet). */
    public HashingEmbedder withFloor(double cosine) {
        return new HashingEmbedder(modelId, dimension, synonyms, new SimilarityFloor(cosine));
    }

    @Override
    public SimilarityFloor similarityFloor() {
        return floor;
    }

    /** The synonyms the dense tests rely on: a picture is an image, synthesis is generation. */
    public static HashingEmbedder withTestSynonyms() {
        return new HashingEmbedder("test-hashing-128", 128, Map.of(
                "picture", "image", "pictures", "image", "images", "image", "photo", "image",
                "synthesis", "generation", "synthesize", "generation", "generate", "generation", "generating", "generation"));
    }

    @Override
    public String modelId() {
        return modelId;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public List<float[]> embedPassages(List<String> texts) {
        passagesEmbedded.addAndGet(texts.size());
        return embed(texts);
    }

    @Override
    public List<float[]> embedQueries(List<String> texts) {
        return embed(texts);
    }

    /** How many passages this embedder has embedded, to check what gets re-embedded. */
    public int passagesEmbedded() {
        return passagesEmbedded.get();
    }

    public boolean closed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
    }

    private List<float[]> embed(List<String> texts) {
        if (closed) {
            throw new IllegalStateException("embedder is closed");
        }
        List<float[]> out = new ArrayList<>(texts.size());
        texts.forEach(t -> out.add(vector(t)));
        return out;
    }

    private float[] vector(String text) {
        float[] v = new float[dimension];
        for (String token : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (token.isEmpty() || STOP_WORDS.contains(token)) {
                continue;
            }
            int h = synonyms.getOrDefault(token, token).hashCode();
            int mixed = h * 0x9E3779B9;
            v[Math.floorMod(h, dimension)] += (mixed >>> 31) == 0 ? 1 : -1;
        }
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        if (norm == 0) {
            v[0] = 1; // a text without words still needs a unit vector
            return v;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < v.length; i++) {
            v[i] *= scale;
        }
        return v;
    }
}
