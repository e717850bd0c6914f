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

/** Adds records' passages to a passage index writer, with the vectors of each batch's passage texts asked for at once. */
final class PassageBatches extends DocumentBatches {
    /** {@code vectors} is null for an index without vectors. */
    PassageBatches(IndexWriter writer, IndexVectors vectors) {
        super(writer, vectors);
    }

    @Override
    void write(List<ResolvedRecord> batch) throws IOException {
        List<ResolvedRecord> records = new ArrayList<>();
        List<RecordPassage> passages = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (ResolvedRecord r : batch) {
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
            writer.addDocument(PassageDocuments.toDocument(records.get(i), passages.get(i), vectorsOf(byModel, sha, passages.get(i).id())));
        }
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
