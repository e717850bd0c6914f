package dev.paperscope.app;

import java.util.Comparator;
import java.util.stream.IntStream;
import org.tribuo.math.la.DenseMatrix;

/**
 * Principal components before clustering and layout (as UMAP's and t-SNE's authors advise for
 * high-dimensional input): the vectors' covariance is decomposed with Tribuo's eigen decomposition and
 * each vector projected on the {@link #COMPONENTS} strongest directions. Distances between passages
 * barely change; k-means and UMAP's neighbour search then work in 50 dimensions instead of 384 or more.
 * Deterministic: no randomness is involved.
 */
final class TopicReduction {
    static final int COMPONENTS = 50;

    private TopicReduction() {
    }

    /** The vectors in principal-component coordinates; unchanged when they already have few dimensions or are few. */
    static float[][] reduce(float[][] vectors) {
        int n = vectors.length;
        int dims = n == 0 ? 0 : vectors[0].length;
        if (dims <= COMPONENTS || n <= COMPONENTS) {
            return vectors;
        }
        double[] mean = new double[dims];
        for (float[] v : vectors) {
            for (int d = 0; d < dims; d++) {
                mean[d] += v[d] / (double) n;
            }
        }
        double[][] centred = new double[n][dims];
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < dims; d++) {
                centred[i][d] = vectors[i][d] - mean[d];
            }
        }
        DenseMatrix covariance = DenseMatrix.createDenseMatrix(scatter(centred, dims));
        DenseMatrix.EigenDecomposition eigen = covariance.eigenDecomposition()
                .orElseThrow(() -> new IllegalStateException("the covariance of " + n + " vectors has no eigen decomposition"));
        double[] values = eigen.eigenvalues().toArray();
        int[] strongest = IntStream.range(0, values.length).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -values[i]).thenComparing(i -> i))
                .limit(COMPONENTS).mapToInt(Integer::intValue).toArray();
        double[][] basis = new double[strongest.length][];
        for (int c = 0; c < strongest.length; c++) {
            basis[c] = eigen.getEigenVector(strongest[c]).toArray();
        }
        float[][] out = new float[n][COMPONENTS];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < basis.length; c++) {
                double s = 0;
                for (int d = 0; d < dims; d++) {
                    s += centred[i][d] * basis[c][d];
                }
                out[i][c] = (float) s;
            }
        }
        return out;
    }

    /**
     * XᵀX of the centred rows, summed row by row into the upper triangle and mirrored: one pass over
     * memory in order. (Tribuo's {@code matrixMultiply(x, true, false)} walks columns: 17 s of CPU for
     * 10,000 × 384, most of the map's time; this takes well under a second.)
     */
    static double[][] scatter(double[][] rows, int dims) {
        double[][] out = new double[dims][dims];
        for (double[] row : rows) {
            for (int a = 0; a < dims; a++) {
                double x = row[a];
                if (x == 0) {
                    continue;
                }
                double[] target = out[a];
                for (int b = a; b < dims; b++) {
                    target[b] += x * row[b];
                }
            }
        }
        for (int a = 0; a < dims; a++) {
            for (int b = 0; b < a; b++) {
                out[a][b] = out[b][a];
            }
        }
        return out;
    }
}
