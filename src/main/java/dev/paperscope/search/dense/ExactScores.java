package dev.paperscope.search.dense;

import dev.paperscope.search.DocOrder;
import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;

/**
 * Exact dot-product scores of chosen documents against a query vector, read from each segment's stored
 * vectors in increasing document order (the graph is not searched). Scores are Lucene's
 * {@code (1 + cos) / 2}, as its k-NN search reports them for float vectors.
 */
public final class ExactScores {
    private ExactScores() {
    }

    /** The score of each of {@code docs} (in their order); NaN where a document has no vector in {@code field}. */
    public static float[] of(IndexSearcher searcher, String field, float[] query, int[] docs) throws IOException {
        float[] scores = new float[docs.length];
        Arrays.fill(scores, Float.NaN);
        DocOrder.visit(searcher, docs, new DocOrder.Visitor<Vectors>() {
            @Override
            public Vectors open(LeafReaderContext leaf) throws IOException {
                FloatVectorValues values = leaf.reader().getFloatVectorValues(field);
                return values == null ? null : new Vectors(values, values.iterator());
            }

            @Override
            public void visit(Vectors vectors, int index, int segmentDoc) throws IOException {
                if (vectors == null) {
                    return;
                }
                if (vectors.iterator().docID() < segmentDoc) {
                    vectors.iterator().advance(segmentDoc);
                }
                if (vectors.iterator().docID() == segmentDoc) {
                    scores[index] = VectorSimilarityFunction.DOT_PRODUCT.compare(query, vectors.values().vectorValue(vectors.iterator().index()));
                }
            }
        });
        return scores;
    }

    /** One segment's vectors of the field, with the forward-only iterator over them. */
    private record Vectors(FloatVectorValues values, KnnVectorValues.DocIndexIterator iterator) {
    }
}
