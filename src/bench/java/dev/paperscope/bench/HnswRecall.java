package dev.paperscope.bench;

import dev.paperscope.index.IndexSchema;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * Recall of the index's approximate (HNSW) nearest neighbours against exact ones: brute-force dot
 * products over the very vectors that were indexed. Recall@k = |approximate top k ∩ exact top k| / k.
 */
final class HnswRecall {
    private final String[] ids;
    private final float[][] vectors;

    HnswRecall(Map<String, float[]> indexed) {
        this.ids = indexed.keySet().toArray(String[]::new);
        this.vectors = indexed.values().toArray(float[][]::new);
    }

    /** Mean recall at each k over the query vectors; the largest k decides how deep the index is asked. */
    double[] measure(IndexSearcher searcher, List<float[]> queries, int... ks) throws IOException {
        int depth = Arrays.stream(ks).max().orElseThrow();
        double[] sums = new double[ks.length];
        for (float[] q : queries) {
            String[] approximate = approximate(searcher, q, depth);
            String[] exact = exact(q, depth);
            for (int i = 0; i < ks.length; i++) {
                sums[i] += overlap(approximate, exact, ks[i]) / (double) ks[i];
            }
        }
        return Arrays.stream(sums).map(s -> s / queries.size()).toArray();
    }

    private static String[] approximate(IndexSearcher searcher, float[] q, int k) throws IOException {
        TopDocs top = searcher.search(new KnnFloatVectorQuery(IndexSchema.VECTOR, q, k), k);
        StoredFields stored = searcher.storedFields();
        String[] out = new String[top.scoreDocs.length];
        for (int i = 0; i < out.length; i++) {
            ScoreDoc d = top.scoreDocs[i];
            out[i] = stored.document(d.doc).get(IndexSchema.ID);
        }
        return out;
    }

    private String[] exact(float[] q, int k) {
        // A bounded min-heap of (score, position) would be faster; a full sort of 100k floats is fast enough here.
        Integer[] order = new Integer[vectors.length];
        float[] scores = new float[vectors.length];
        for (int i = 0; i < vectors.length; i++) {
            order[i] = i;
            scores[i] = dot(q, vectors[i]);
        }
        Arrays.sort(order, (a, b) -> Float.compare(scores[b], scores[a]));
        String[] out = new String[Math.min(k, order.length)];
        for (int i = 0; i < out.length; i++) {
            out[i] = ids[order[i]];
        }
        return out;
    }

    private static int overlap(String[] approximate, String[] exact, int k) {
        Set<String> truth = new HashSet<>(Arrays.asList(exact).subList(0, Math.min(k, exact.length)));
        int n = 0;
        for (int i = 0; i < Math.min(k, approximate.length); i++) {
            n += truth.contains(approximate[i]) ? 1 : 0;
        }
        return n;
    }

    private static float dot(float[] a, float[] b) {
        float s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
