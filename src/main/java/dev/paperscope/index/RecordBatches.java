package dev.paperscope.index;

import dev.paperscope.catalog.ResolvedRecord;
import dev.paperscope.ingest.SourceRecord;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;

/** Adds records to an index writer, with the vectors of each batch's records asked for at once. */
final class RecordBatches extends DocumentBatches {
    /** {@code vectors} is null for an index without vectors. */
    RecordBatches(IndexWriter writer, IndexVectors vectors) {
        super(writer, vectors);
    }

    @Override
    void write(List<ResolvedRecord> batch) throws IOException {
        List<SourceRecord> records = batch.stream().map(ResolvedRecord::record).toList();
        List<Map<String, float[]>> byModel = vectors == null ? List.of()
                : vectors.sources().stream().map(source -> source.vectorsFor(records)).toList();
        for (ResolvedRecord r : batch) {
            writer.addDocument(RecordDocuments.toDocument(r, vectorsOf(byModel, r.record().id(), r.record().id())));
        }
    }
}
