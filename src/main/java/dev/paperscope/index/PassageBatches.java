package dev.paperscope.index;

import dev.paperscope.catalog.ResolvedRecord;
import dev.paperscope.ingest.RecordPassage;
import dev.paperscope.ingest.RecordPassages;
import dev.paperscope.ingest.Sha256;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;

/**
 * Adds records' passages to a passage index writer, asking each vector source for a batch of passage
 * texts at once. Not thread-safe: one per writer and pass.
 */
final class PassageBatches implements DocumentBatches {
    private final IndexWriter writer;
    private final IndexVectors vectors;
    private final List<ResolvedRecord> pending = new ArrayList<>(RecordBatches.BATCH_SIZE);

    /** {@code vectors} is null for an index without vectors. */
    PassageBatches(IndexWriter writer, IndexVectors vectors) {
        this.writer = writer;
        this.vectors = vectors;
    }

    @Override
    public void add(ResolvedRecord r) throws IOException {
        pending.add(r);
        if (pending.size() >= RecordBatches.BATCH_SIZE) {
            flush();
        }
    }

    @Override
    public void flush() throws IOException {
        if (pending.isEmpty()) {
            return;
        }
        List<ResolvedRecord> records = new ArrayList<>();
        List<RecordPassage> passages = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (ResolvedRecord r : pending) {
            for (RecordPassage p : RecordPassages.of(r.record())) {
                records.add(r);
                passages.add(p);
                texts.add(PassageDocuments.embedded(r.record(), p));
            }
        }
        List<Map<String, float[]>> byModel = vectors == null || texts.isEmpty() ? List.of()
                : vectors.sources().stream().map(source -> source.vectorsOfTexts(texts)).toList();
        for (int i = 0; i < passages.size(); i++) {
            String sha = byModel.isEmpty() ? null : Sha256.hex(texts.get(i));
            List<float[]> perModel = new ArrayList<>(byModel.size());
            for (int m = 0; m < byModel.size(); m++) {
                float[] vector = byModel.get(m).get(sha);
                if (vector != null) {
                    RecordBatches.check(vectors.sources().get(m).space(), passages.get(i).id(), vector);
                }
                perModel.add(vector);
            }
            writer.addDocument(PassageDocuments.toDocument(records.get(i), passages.get(i), perModel));
        }
        pending.clear();
    }

    /** The embedded texts of these records' passages, for {@link VectorSource#prepareTexts}. */
    static List<String> texts(List<ResolvedRecord> records) {
        List<String> texts = new ArrayList<>();
        for (ResolvedRecord r : records) {
            RecordPassages.of(r.record()).forEach(p -> texts.add(PassageDocuments.embedded(r.record(), p)));
        }
        return texts;
    }
}
