package dev.paperscope.index;

import dev.paperscope.catalog.ResolvedRecord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;

/**
 * Adds records' documents to an index writer in batches, so that each vector source is asked for a whole
 * batch at once (models embed batches far faster than single texts). The kinds of document (records,
 * passages) say how a batch becomes documents. Not thread-safe: one per writer and pass.
 */
abstract class DocumentBatches {
    static final int BATCH_SIZE = 256;
    /** Embedders return unit vectors up to float rounding; anything further off is a bug in the source. */
    private static final double UNIT_TOLERANCE = 1e-3;
    final IndexWriter writer;
    /** Null for an index without vectors. */
    final IndexVectors vectors;
    private final List<ResolvedRecord> pending = new ArrayList<>(BATCH_SIZE);

    /** {@code vectors} is null for an index without vectors. */
    DocumentBatches(IndexWriter writer, IndexVectors vectors) {
        this.writer = writer;
        this.vectors = vectors;
    }

    final void add(ResolvedRecord r) throws IOException {
        pending.add(r);
        if (pending.size() >= BATCH_SIZE) {
            flush();
        }
    }

    /** Writes what is pending. */
    final void flush() throws IOException {
        if (pending.isEmpty()) {
            return;
        }
        write(pending);
        pending.clear();
    }

    /** Adds the documents of a batch of records (never empty) to {@link #writer}. */
    abstract void write(List<ResolvedRecord> batch) throws IOException;

    /** Each source's vector under {@code key} in {@code byModel} (null where a source has none), checked as {@code id}'s. */
    final List<float[]> vectorsOf(List<Map<String, float[]>> byModel, String key, String id) {
        List<float[]> perModel = new ArrayList<>(byModel.size());
        for (int m = 0; m < byModel.size(); m++) {
            float[] vector = byModel.get(m).get(key);
            if (vector != null) {
                check(vectors.sources().get(m).space(), id, vector);
            }
            perModel.add(vector);
        }
        return perModel;
    }

    static void check(VectorSpace space, String id, float[] vector) {
        if (vector.length != space.dimension()) {
            throw new IllegalStateException("the vectors of " + space.modelId() + " have " + space.dimension()
                    + " dimensions, but record " + id + " got " + vector.length);
        }
        double norm = 0;
        for (float v : vector) {
            norm += (double) v * v;
        }
        if (!(Math.abs(Math.sqrt(norm) - 1) <= UNIT_TOLERANCE)) {
            throw new IllegalStateException("the vector of record " + id + " has length " + Math.sqrt(norm) + ", not 1");
        }
    }
}
