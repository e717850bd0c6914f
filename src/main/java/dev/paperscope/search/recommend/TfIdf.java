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
    /** BM25's term-frequency saturation and length normalisation (the usual values; Lucene's defaults). */
    static final double K1 = 1.2;
    static final double B = 0.75;
    private static final String FIELD = IndexSchema.ABSTRACT;

    private TfIdf() {
    }

    /**
     * Each text's terms weighted two ways over one vocabulary: {@code tfidf} as above, and {@code bm25}, each
     * term's BM25 weight in the text ({@code idf * tf (K1 + 1) / (tf + K1 (1 - B + B dl / avgdl))}, idf
     * {@code ln(1 + (n - df + 0.5) / (df + 0.5))}, lengths counting every stem and bigram), so that a query's
     * score is a sum of saturated term weights in which a long text that repeats a term does not win.
     */
    record Weighted(List<SparseVector> tfidf, List<SparseVector> bm25) {
        Weighted {
            tfidf = List.copyOf(tfidf);
            bm25 = List.copyOf(bm25);
        }
    }

    /** One L2-normalised sparse vector per text, in order; a text with no kept term gets an empty vector. */
    static List<SparseVector> vectors(List<String> texts) {
        return weigh(texts).tfidf();
    }

    /** Both weightings of each text, in order ({@link Weighted}). */
    static Weighted weigh(List<String> texts) {
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
        double averageLength = counts.stream().mapToInt(TfIdf::length).average().orElse(1);
        List<SparseVector> out = new ArrayList<>(n);
        List<SparseVector> bm25 = new ArrayList<>(n);
        for (Map<String, Integer> tf : counts) {
            TreeMap<Integer, Double> weights = new TreeMap<>();
            TreeMap<Integer, Double> saturated = new TreeMap<>();
            double lengthNorm = K1 * (1 - B + B * length(tf) / averageLength);
            tf.forEach((term, count) -> {
                Integer index = vocabulary.get(term);
                if (index != null) {
                    int f = df.get(term);
                    weights.put(index, (1.0 + Math.log(count)) * (Math.log((1.0 + n) / (1.0 + f)) + 1.0));
                    saturated.put(index, Math.log(1 + (n - f + 0.5) / (f + 0.5)) * count * (K1 + 1) / (count + lengthNorm));
                }
            });
            int[] indexes = weights.keySet().stream().mapToInt(Integer::intValue).toArray();
            double[] values = weights.values().stream().mapToDouble(Double::doubleValue).toArray();
            double norm = Math.sqrt(Arrays.stream(values).map(v -> v * v).sum());
            for (int i = 0; i < values.length; i++) {
                values[i] /= norm;
            }
            out.add(new SparseVector(indexes, values));
            bm25.add(new SparseVector(indexes, saturated.values().stream().mapToDouble(Double::doubleValue).toArray()));
        }
        return new Weighted(out, bm25);
    }

    /** A text's length for BM25: its stems and bigrams, counted with repeats (including those left out of the vocabulary). */
    private static int length(Map<String, Integer> tf) {
        return tf.values().stream().mapToInt(Integer::intValue).sum();
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
