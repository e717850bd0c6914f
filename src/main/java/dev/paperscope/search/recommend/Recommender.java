package dev.paperscope.search.recommend;

import dev.paperscope.search.dense.Vectors;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Papers like the kept ones: each candidate (a paper of the corpus that is not kept and that
 * {@code candidate} accepts) is scored by the {@link RecommendMethod}, best first, ties by id. Each
 * recommendation names the kept papers it is closest to (cosine in the method's space; the combined
 * method adds both), which is why it was recommended. Deterministic: the SVM's solver is seeded.
 */
public final class Recommender {
    /** How many kept papers an explanation names at most. */
    public static final int CLOSE_TO = 2;
    /** The tf-idf centroid's share beside the distinctive terms in {@link RecommendMethod#TERMS} (chosen on development keywords). */
    static final double CENTROID_SHARE = 0.3;
    /** The embedding centroid's share in {@link RecommendMethod#TERMS_EMBEDDING} (chosen on development keywords). */
    static final double EMBEDDING_SHARE = 0.3;

    private Recommender() {
    }

    /**
     * The best {@code limit} candidates; empty when no kept id is in the corpus or no candidate is left.
     *
     * @throws IllegalArgumentException when {@code method} needs embeddings and the corpus has none
     */
    public static List<Recommended> recommend(RecommendCorpus corpus, Collection<String> keptIds, Predicate<String> candidate, int limit,
                                              RecommendMethod method) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        if (method.needsVectors() && !corpus.hasVectors()) {
            throw new IllegalArgumentException("recommendation method " + method.externalName() + " needs embeddings, and the index has none");
        }
        Set<Integer> kept = new LinkedHashSet<>();
        keptIds.forEach(id -> corpus.position(id).ifPresent(kept::add));
        int[] candidates = IntStream.range(0, corpus.size())
                .filter(i -> !kept.contains(i) && candidate.test(corpus.ids().get(i))).toArray();
        if (kept.isEmpty() || candidates.length == 0) {
            return List.of();
        }
        double[] scores = scores(corpus, kept, candidates, method);
        List<Integer> order = new ArrayList<>(IntStream.range(0, candidates.length).boxed().toList());
        order.sort(Comparator.<Integer>comparingDouble(k -> -scores[k]).thenComparing(k -> corpus.ids().get(candidates[k])));
        List<Recommended> out = new ArrayList<>();
        for (int k : order.subList(0, Math.min(limit, order.size()))) {
            out.add(new Recommended(corpus.ids().get(candidates[k]), scores[k], closeTo(corpus, kept, candidates[k], method)));
        }
        return out;
    }

    private static double[] scores(RecommendCorpus corpus, Set<Integer> kept, int[] candidates, RecommendMethod method) {
        return switch (method) {
            case CENTROID -> each(candidates, i -> centroidTfidf(corpus, kept, i));
            case SVM -> {
                double[] w = LinearSvm.weights(corpus.tfidf(), kept, corpus.dimension());
                yield each(candidates, i -> corpus.tfidf().get(i).dot(w));
            }
            case EMBEDDING -> {
                float[] centroid = centroid(corpus, kept);
                yield each(candidates, i -> cosine(centroid, corpus.vector(i)));
            }
            case EMBEDDING_SVM -> {
                List<SparseVector> rows = IntStream.range(0, corpus.size()).mapToObj(i -> dense(corpus.vector(i))).toList();
                int dimension = rows.stream().mapToInt(r -> r.indexes().length).max().orElse(0);
                double[] w = LinearSvm.weights(rows, kept, dimension);
                yield each(candidates, i -> rows.get(i).dot(w));
            }
            case TERMS -> {
                SparseVector query = DistinctiveTerms.query(corpus.tfidf(), kept);
                double[] shared = standardised(each(candidates, i -> corpus.bm25().get(i).dot(query)));
                yield plus(shared, standardised(scores(corpus, kept, candidates, RecommendMethod.CENTROID)), CENTROID_SHARE);
            }
            case TERMS_EMBEDDING -> plus(standardised(scores(corpus, kept, candidates, RecommendMethod.TERMS)),
                    standardised(scores(corpus, kept, candidates, RecommendMethod.EMBEDDING)), EMBEDDING_SHARE);
            case COMBINED -> {
                double[] words = standardised(scores(corpus, kept, candidates, RecommendMethod.CENTROID));
                double[] embedding = standardised(scores(corpus, kept, candidates, RecommendMethod.EMBEDDING));
                yield IntStream.range(0, candidates.length).mapToDouble(k -> words[k] + embedding[k]).toArray();
            }
        };
    }

    /** {@code a + share * b}, element by element. */
    private static double[] plus(double[] a, double[] b, double share) {
        return IntStream.range(0, a.length).mapToDouble(k -> a[k] + share * b[k]).toArray();
    }

    private static double[] each(int[] candidates, java.util.function.IntToDoubleFunction score) {
        return IntStream.of(candidates).mapToDouble(score).toArray();
    }

    private static double centroidTfidf(RecommendCorpus corpus, Set<Integer> kept, int i) {
        SparseVector v = corpus.tfidf().get(i);
        return kept.stream().mapToDouble(k -> corpus.tfidf().get(k).dot(v)).sum() / kept.size();
    }

    /** The mean of the kept papers' unit embeddings (those that have one); null when none has. */
    private static float[] centroid(RecommendCorpus corpus, Set<Integer> kept) {
        float[] sum = null;
        for (int k : kept) {
            float[] v = corpus.vector(k);
            if (v != null) {
                if (sum == null) {
                    sum = new float[v.length];
                }
                for (int d = 0; d < v.length; d++) {
                    sum[d] += v[d];
                }
            }
        }
        return sum;
    }

    /** Cosine of two embeddings; 0 when either is missing, all zeros, or of another dimension. */
    static double cosine(float[] a, float[] b) {
        if (a == null || b == null || a.length != b.length) {
            return 0;
        }
        double cosine = Vectors.cosine(a, b);
        return Double.isNaN(cosine) ? 0 : cosine;
    }

    private static SparseVector dense(float[] v) {
        if (v == null) {
            return new SparseVector(new int[0], new double[0]);
        }
        return new SparseVector(IntStream.range(0, v.length).toArray(), IntStream.range(0, v.length).mapToDouble(d -> v[d]).toArray());
    }

    /** Scores as standard scores (mean 0, deviation 1), so two methods' scores can be added; all 0 when they do not vary. */
    static double[] standardised(double[] scores) {
        double mean = IntStream.range(0, scores.length).mapToDouble(i -> scores[i]).average().orElse(0);
        double variance = IntStream.range(0, scores.length).mapToDouble(i -> (scores[i] - mean) * (scores[i] - mean)).average().orElse(0);
        double sd = Math.sqrt(variance);
        return IntStream.range(0, scores.length).mapToDouble(i -> sd == 0 ? 0 : (scores[i] - mean) / sd).toArray();
    }

    /** The kept papers closest to paper {@code i} in the method's space, closest first (ties by id); none with nothing in common. */
    private static List<String> closeTo(RecommendCorpus corpus, Set<Integer> kept, int i, RecommendMethod method) {
        boolean words = method.usesWords();
        boolean vectors = method.needsVectors();
        record Near(String id, double similarity) {
        }
        return kept.stream()
                .map(k -> new Near(corpus.ids().get(k), (words ? corpus.tfidf().get(k).dot(corpus.tfidf().get(i)) : 0)
                        + (vectors ? cosine(corpus.vector(k), corpus.vector(i)) : 0)))
                .filter(n -> n.similarity() > 0)
                .sorted(Comparator.comparingDouble(Near::similarity).reversed().thenComparing(Near::id))
                .limit(CLOSE_TO).map(Near::id).toList();
    }
}
