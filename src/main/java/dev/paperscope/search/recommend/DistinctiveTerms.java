package dev.paperscope.search.recommend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Query expansion from a list: the terms (stems and stem bigrams) that several kept papers share and that
 * weigh most in them, as one query (scored over BM25 weights by the recommender). A term's weight is its mean tf-idf weight in
 * the kept papers times the number of kept papers that have it, so a term three papers of a list share
 * outweighs one that a single paper repeats; only terms in at least {@link #MIN_KEPT} kept papers, the
 * {@link #TERMS} heaviest (ties by term number). The centroid spreads a list's weight over every word of
 * every paper; the shared terms are what the list is about (docs/BENCHMARKS.md: chosen on half of ICLR
 * 2020's keywords, measured on the other half). A list that shares no term gives an empty query.
 */
final class DistinctiveTerms {
    /** How many terms the query keeps (chosen among 5, 10, 15, 20 and 40 on the development keywords). */
    static final int TERMS = 5;
    /** In how many kept papers a term must occur. */
    static final int MIN_KEPT = 2;

    private DistinctiveTerms() {
    }

    /** The list's query: its distinctive terms with their weights; empty when no term is shared. */
    static SparseVector query(List<SparseVector> tfidf, Set<Integer> kept) {
        TreeMap<Integer, double[]> terms = new TreeMap<>(); // term -> {sum of weights, kept papers with it}
        for (int k : kept) {
            SparseVector v = tfidf.get(k);
            for (int q = 0; q < v.indexes().length; q++) {
                double[] t = terms.computeIfAbsent(v.indexes()[q], x -> new double[2]);
                t[0] += v.values()[q];
                t[1]++;
            }
        }
        record Term(int index, double weight) {
        }
        List<Term> shared = new ArrayList<>();
        terms.forEach((index, t) -> {
            if (t[1] >= MIN_KEPT) {
                shared.add(new Term(index, t[0] / kept.size() * t[1]));
            }
        });
        shared.sort(Comparator.comparingDouble(Term::weight).reversed().thenComparingInt(Term::index));
        TreeMap<Integer, Double> top = new TreeMap<>();
        shared.stream().limit(TERMS).forEach(t -> top.put(t.index(), t.weight()));
        return new SparseVector(top.keySet().stream().mapToInt(Integer::intValue).toArray(),
                top.values().stream().mapToDouble(Double::doubleValue).toArray());
    }
}
