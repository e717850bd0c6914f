package dev.paperscope.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.paperscope.index.IndexSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class HnswRecallTest {
    private static final Map<String, float[]> VECTORS = new LinkedHashMap<>();

    static {
        for (int i = 0; i < 12; i++) {
            double angle = i * Math.PI / 12;
            VECTORS.put("r" + i, new float[] {(float) Math.cos(angle), (float) Math.sin(angle)});
        }
    }

    @Test
    void aSmallGraphFindsTheExactNeighbours() throws Exception {
        try (ByteBuffersDirectory dir = index(VECTORS); DirectoryReader reader = DirectoryReader.open(dir)) {
            double[] recall = new HnswRecall(VECTORS).measure(new IndexSearcher(reader), List.of(new float[] {1, 0}), 3, 5);
            assertThat(recall).containsExactly(1.0, 1.0);
        }
    }

    @Test
    void neighboursOfOtherVectorsThanTheIndexedOnesCountAsMisses() throws Exception {
        Map<String, float[]> indexed = new LinkedHashMap<>(VECTORS);
        indexed.put("r0", new float[] {-1, 0}); // the index holds r0 pointing the other way
        try (ByteBuffersDirectory dir = index(indexed); DirectoryReader reader = DirectoryReader.open(dir)) {
            double[] recall = new HnswRecall(VECTORS).measure(new IndexSearcher(reader), List.of(new float[] {1, 0}), 3);
            assertThat(recall[0]).isCloseTo(2.0 / 3, within(1e-9));
        }
    }

    private static ByteBuffersDirectory index(Map<String, float[]> vectors) throws Exception {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            for (var e : vectors.entrySet()) {
                Document d = new Document();
                d.add(new StringField(IndexSchema.ID, e.getKey(), Field.Store.YES));
                d.add(new KnnFloatVectorField(IndexSchema.VECTOR, e.getValue(), VectorSimilarityFunction.DOT_PRODUCT));
                w.addDocument(d);
            }
        }
        return dir;
    }
}
