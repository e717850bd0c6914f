package dev.paperscope.search.dense;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;

/**
 * Exact dot-product scores of chosen documents against a query vector, read from each segment's stored
 * vectors in increasing document order (the graph is not searched). Scores are Lucene's
 * {@code (1 + cos) / 2}, as its k-NN search reports them for float vectors.
 */
final class ExactScores {
    private ExactScores() {
    }

    /** The score of each of {@code docs} (in their order); NaN where a document has no vector in {@code field}. */
    static float[] of(IndexSearcher searcher, String field, float[] query, int[] docs) throws IOException {
        float[] scores = new float[docs.length];
        Arrays.fill(scores, Float.NaN);
        Integer[] order = new Integer[docs.length];
        for (int i = 0; i < docs.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, java.util.Comparator.comparingInt(i -> docs[i]));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int leafIndex = -1;
        FloatVectorValues values = null;
        KnnVectorValues.DocIndexIterator iterator = null;
        for (int i : order) {
            int li = ReaderUtil.subIndex(docs[i], leaves);
            int target = docs[i] - leaves.get(li).docBase;
            if (li != leafIndex || (iterator != null && iterator.docID() > target)) {
                leafIndex = li;
                values = leaves.get(li).reader().getFloatVectorValues(field);
                iterator = values == null ? null : values.iterator();
            }
            if (iterator == null) {
                continue;
            }
            if (iterator.docID() < target) {
                iterator.advance(target);
            }
            if (iterator.docID() == target) {
                scores[i] = VectorSimilarityFunction.DOT_PRODUCT.compare(query, values.vectorValue(iterator.index()));
            }
        }
        return scores;
    }
}
