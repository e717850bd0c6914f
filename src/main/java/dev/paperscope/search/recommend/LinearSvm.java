package dev.paperscope.search.recommend;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * arxiv-sanity's recommender: a linear SVM (LIBLINEAR's L2-regularised L2-loss dual solver, the one
 * scikit-learn's {@code LinearSVC} wraps) trained with the kept papers as positives and every other paper
 * as a negative, classes weighted to balance ({@code class_weight='balanced'}), C = {@value #C} as arxiv-sanity-lite sets it. The
 * solver's random order comes from a seeded {@link Random}, so a ranking is the same on every run.
 */
final class LinearSvm {
    static final double C = 0.01;
    static final long SEED = 42;
    private static final double EPS = 1e-4;

    static {
        Linear.disableDebugOutput();
    }

    private LinearSvm() {
    }

    /** The SVM's weight per term (0-based, {@code dimension} of them), trained on {@code rows} with {@code positives} as the class. */
    static double[] weights(List<SparseVector> rows, Set<Integer> positives, int dimension) {
        if (positives.isEmpty() || positives.size() == rows.size()) {
            throw new IllegalArgumentException("an SVM needs positives and negatives, had " + positives.size() + " of " + rows.size());
        }
        Problem problem = new Problem();
        problem.l = rows.size();
        problem.n = Math.max(1, dimension);
        problem.bias = -1;
        problem.x = new Feature[rows.size()][];
        problem.y = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            SparseVector row = rows.get(i);
            Feature[] features = new Feature[row.indexes().length];
            for (int k = 0; k < features.length; k++) {
                features[k] = new FeatureNode(row.indexes()[k] + 1, row.values()[k]);
            }
            problem.x[i] = features;
            problem.y[i] = positives.contains(i) ? 1 : -1;
        }
        double n = rows.size();
        Parameter parameter = new Parameter(SolverType.L2R_L2LOSS_SVC_DUAL, C, EPS);
        parameter.setWeights(new double[] {n / (2.0 * positives.size()), n / (2.0 * (n - positives.size()))}, new int[] {1, -1});
        parameter.setRandom(new Random(SEED));
        Model model = Linear.train(problem, parameter);
        double[] w = model.getFeatureWeights();
        double sign = model.getLabels()[0] == 1 ? 1 : -1; // a positive decision value means labels[0]
        double[] out = new double[dimension];
        for (int i = 0; i < dimension && i < w.length; i++) {
            out[i] = sign * w[i];
        }
        return out;
    }
}
