package dev.paperscope.bench;

import dev.paperscope.index.VectorSource;
import dev.paperscope.index.VectorSpace;
import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.search.dense.Passage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Vectors for a {@link CopiedCorpus}: copy 0 gets the model's vector of its passage; later copies get
 * that vector plus seeded Gaussian noise, renormalised. Identical copies would make every HNSW node's
 * nearest neighbours its own duplicates, which no real collection has; the noise keeps each copy near
 * its original (cosine about {@link #TARGET_COSINE}) without ties. Remembers every vector it hands out,
 * so recall can be measured against exact search over the same vectors.
 *
 * <p>Not thread-safe; the index calls it from one thread.
 */
final class JitteredCopyVectors implements VectorSource {
    static final double TARGET_COSINE = 0.9;
    private final VectorSpace space;
    private final Map<String, float[]> byPassageSha;
    private final long seed;
    private final double sigma;
    private final Map<String, float[]> handedOut = new LinkedHashMap<>();

    JitteredCopyVectors(VectorSpace space, Map<String, float[]> byPassageSha, long seed) {
        this.space = space;
        this.byPassageSha = byPassageSha;
        this.seed = seed;
        // ||noise|| ≈ sigma * sqrt(d), so the angle to the original is about atan(sigma * sqrt(d)).
        this.sigma = Math.tan(Math.acos(TARGET_COSINE)) / Math.sqrt(space.dimension());
    }

    @Override
    public VectorSpace space() {
        return space;
    }

    @Override
    public Map<String, float[]> vectorsFor(List<SourceRecord> records) {
        Map<String, float[]> out = new LinkedHashMap<>();
        for (SourceRecord r : records) {
            Passage.of(r).map(p -> byPassageSha.get(p.sha256())).ifPresent(base -> {
                float[] v = CopiedCorpus.copyOf(r.source().file()) == 0 ? base : jittered(base, r.id());
                out.put(r.id(), v);
                handedOut.put(r.id(), v);
            });
        }
        return out;
    }

    /** Every vector handed to the index so far, by record id. */
    Map<String, float[]> handedOut() {
        return handedOut;
    }

    private float[] jittered(float[] base, String recordId) {
        Random random = new Random(seed * 31 + recordId.hashCode());
        float[] v = new float[base.length];
        double norm = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (base[i] + sigma * random.nextGaussian());
            norm += v[i] * v[i];
        }
        float inv = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < v.length; i++) {
            v[i] *= inv;
        }
        return v;
    }
}
