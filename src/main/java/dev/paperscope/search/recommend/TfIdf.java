package dev.paperscope.search.recommend;

import dev.paperscope.index.IndexSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Tf-idf vectors of texts, as arxiv-sanity builds them (scikit-learn's {@code TfidfVectorizer} with
 * word unigrams and bigrams, sublinear tf, smoothed idf, L2 norm), over the index's English analysis
 * (Porter stems, Lucene's stop words). Terms in fewer than {@link #MIN_DF} texts, or in more than
 * {@link #MAX_DF_SHARE} of them, say nothing about what a list is about and are left out. The
 * vocabulary is numbered in term order, so the vectors do not depend on hash order.
 */
final class TfIdf {
    static final int MIN_DF = 2;
    static final double MAX_DF_SHARE = 0.5;
    private static final String FIELD = IndexSchema.ABSTRACT;

    private TfIdf() {
    }

    /** One L2-normalised sparse vector per text, in order; a text with no kept term gets an empty vector. */
    static List<SparseVector> vectors(List<String> texts) {
        Analyzer analyzer = IndexSchema.analyzer();
        List<Map<String, Integer>> counts = new ArrayList<>(texts.size());
        Map<String, Integer> df = new HashMap<>();
        for (String text : texts) {
            Map<String, Integer> tf = terms(analyzer, text == null ? "" : text);
            tf.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
            counts.add(tf);
        }
        int n = texts.size();
        double maxDf = Math.max(MIN_DF, MAX_DF_SHARE * n);
        Map<String, Integer> vocabulary = new HashMap<>();
        new TreeMap<>(df).forEach((term, f) -> {
            if (f >= MIN_DF && f <= maxDf) {
                vocabulary.put(term, vocabulary.size());
            }
        });
        List<SparseVector> out = new ArrayList<>(n);
        for (Map<String, Integer> tf : counts) {
            TreeMap<Integer, Double> weights = new TreeMap<>();
            tf.forEach((term, count) -> {
                Integer index = vocabulary.get(term);
                if (index != null) {
                    double idf = Math.log((1.0 + n) / (1.0 + df.get(term))) + 1.0;
                    weights.put(index, (1.0 + Math.log(count)) * idf);
                }
            });
            int[] indexes = weights.keySet().stream().mapToInt(Integer::intValue).toArray();
            double[] values = weights.values().stream().mapToDouble(Double::doubleValue).toArray();
            double norm = Math.sqrt(Arrays.stream(values).map(v -> v * v).sum());
            for (int i = 0; i < values.length; i++) {
                values[i] /= norm;
            }
            out.add(new SparseVector(indexes, values));
        }
        return out;
    }

    /** Counts of the text's stems and of each pair of neighbouring stems (a bigram: "stem_stem"). */
    static Map<String, Integer> terms(Analyzer analyzer, String text) {
        Map<String, Integer> tf = new HashMap<>();
        try (TokenStream stream = analyzer.tokenStream(FIELD, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            String previous = null;
            while (stream.incrementToken()) {
                String t = term.toString();
                tf.merge(t, 1, Integer::sum);
                if (previous != null) {
                    tf.merge(previous + "_" + t, 1, Integer::sum);
                }
                previous = t;
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse a text", e);
        }
        return tf;
    }
}
