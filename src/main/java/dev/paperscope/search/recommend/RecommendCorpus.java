package dev.paperscope.search.recommend;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The papers recommendations are chosen among: an id per paper (a work id in the product), its text
 * (title and abstract) as tf-idf and BM25 weights over the whole corpus, and its embedding (unit length; absent
 * when the index has none for it). Built once per library state and then read by any number of
 * recommendations; immutable, so safe to share between threads.
 */
public final class RecommendCorpus {
    private final List<String> ids;
    private final Map<String, Integer> positions;
    private final List<SparseVector> tfidf;
    private final List<SparseVector> bm25;
    private final int dimension;
    private final List<float[]> vectors;
    private final boolean hasVectors;

    private RecommendCorpus(List<String> ids, TfIdf.Weighted weighted, List<float[]> vectors) {
        this.ids = List.copyOf(ids);
        this.tfidf = weighted.tfidf();
        this.bm25 = weighted.bm25();
        this.dimension = tfidf.stream().mapToInt(v -> v.isEmpty() ? 0 : v.indexes()[v.indexes().length - 1] + 1).max().orElse(0);
        this.vectors = Collections.unmodifiableList(new ArrayList<>(vectors));
        this.hasVectors = vectors.stream().anyMatch(Objects::nonNull);
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            if (at.put(ids.get(i), i) != null) {
                throw new IllegalArgumentException("the id " + ids.get(i) + " is given twice");
            }
        }
        this.positions = Map.copyOf(at);
    }

    /**
     * @param ids     one per paper, unique
     * @param texts   each paper's title and abstract
     * @param vectors each paper's embedding, or null when it has none (normalised to unit length here)
     */
    public static RecommendCorpus of(List<String> ids, List<String> texts, List<float[]> vectors) {
        if (ids.size() != texts.size() || ids.size() != vectors.size()) {
            throw new IllegalArgumentException("ids, texts and vectors differ in number: " + ids.size() + ", " + texts.size() + ", " + vectors.size());
        }
        List<float[]> unit = new ArrayList<>(vectors.size());
        for (float[] v : vectors) {
            unit.add(v == null ? null : unit(v));
        }
        return new RecommendCorpus(ids, TfIdf.weigh(texts), unit);
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length && norm > 0; i++) {
            out[i] = (float) (v[i] / norm);
        }
        return out;
    }

    public int size() {
        return ids.size();
    }

    public List<String> ids() {
        return ids;
    }

    /** Whether any paper has an embedding (methods that need one cannot run without). */
    public boolean hasVectors() {
        return hasVectors;
    }

    /** Where this id sits in the corpus. */
    public Optional<Integer> position(String id) {
        return Optional.ofNullable(positions.get(id));
    }

    List<SparseVector> tfidf() {
        return tfidf;
    }

    /** Each paper's terms weighted by BM25, over the same vocabulary as {@link #tfidf()}: what a list's terms query is scored on. */
    List<SparseVector> bm25() {
        return bm25;
    }

    int dimension() {
        return dimension;
    }

    /** The unit embedding of paper {@code i}, or null. */
    float[] vector(int i) {
        return vectors.get(i);
    }
}
