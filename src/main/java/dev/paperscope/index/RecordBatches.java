package dev.paperscope.index;

import dev.paperscope.catalog.ResolvedRecord;
import dev.paperscope.ingest.SourceRecord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;

/**
 * Adds records to an index writer, asking the vector source for a whole batch at once (models embed
 * batches far faster than single texts). Not thread-safe: one per writer and pass.
 */
final class RecordBatches implements DocumentBatches {
    static final int BATCH_SIZE = 256;
    /** Embedders return unit vectors up to float rounding; anything further off is a bug in the source. */
    private static final double UNIT_TOLERANCE = 1e-3;
    private final IndexWriter writer;
    private final IndexVectors vectors;
    private final List<ResolvedRecord> pending = new ArrayList<>(BATCH_SIZE);

    /** {@code vectors} is null for an index without vectors. */
    RecordBatches(IndexWriter writer, IndexVectors vectors) {
        this.writer = writer;
        this.vectors = vectors;
    }

    @Override
    public void add(ResolvedRecord r) throws IOException {
        pending.add(r);
        if (pending.size() >= BATCH_SIZE) {
            flush();
        }
    }

    @Override
    public void flush() throws IOException {
        if (pending.isEmpty()) {
            return;
        }
        List<SourceRecord> records = pending.stream().map(ResolvedRecord::record).toList();
        List<Map<String, float[]>> byModel = vectors == null ? List.of()
                : vectors.sources().stream().map(source -> source.vectorsFor(records)).toList();
        for (ResolvedRecord r : pending) {
            List<float[]> perModel = new ArrayList<>(byModel.size());
            for (int i = 0; i < byModel.size(); i++) {
                float[] vector = byModel.get(i).get(r.record().id());
                if (vector != null) {
                    check(vectors.sources().get(i).space(), r.record().id(), vector);
                }
                perModel.add(vector);
            }
            writer.addDocument(RecordDocuments.toDocument(r, perModel));
        }
        pending.clear();
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
