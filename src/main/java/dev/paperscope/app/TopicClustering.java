package dev.paperscope.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.tribuo.MutableDataset;
import org.tribuo.clustering.ClusterID;
import org.tribuo.clustering.ClusteringFactory;
import org.tribuo.clustering.kmeans.KMeansModel;
import org.tribuo.clustering.kmeans.KMeansTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.distance.L2Distance;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Groups vectors into topics with Tribuo's k-means (k-means++ start, one thread, seeded: the same
 * vectors give the same groups). The number of topics is chosen by the mean silhouette (Euclidean distance)
 * of k-means runs on a seeded sample, among k in {@link #candidates}: a small library may show 2 topics
 * and a conference about 20.
 */
final class TopicClustering {
    /** At most this many topics, however large the set: more would not read as a map. */
    static final int MAX_TOPICS = 20;
    /** Works per topic that a large set keeps at least (the smallest k is the set's size over this). */
    static final int WORKS_PER_TOPIC = 500;
    /** Points the silhouette is measured on: enough to compare k, few enough for a quick pairwise pass. */
    static final int SAMPLE = 1_200;
    private static final int ITERATIONS = 100;
    /** Tribuo logs every k-means iteration at INFO through java.util.logging; held so the level sticks. */
    private static final java.util.logging.Logger TRIBUO_LOG = quiet("org.tribuo");

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    private TopicClustering() {
    }

    /** The range of k tried for {@code n} points: [min, max], both 1 below 4 points. */
    static int[] candidates(int n) {
        if (n < 4) {
            return new int[] {1, 1};
        }
        int max = Math.clamp(Math.round(Math.sqrt(n / 2.0)), 2, MAX_TOPICS);
        int min = Math.clamp(n / WORKS_PER_TOPIC, 2, max);
        return new int[] {min, max};
    }

    /** The topic of each vector (0..k-1, in no particular order). */
    static int[] cluster(float[][] vectors, long seed) {
        TRIBUO_LOG.fine("clustering");
        int n = vectors.length;
        int[] range = candidates(n);
        if (range[1] == 1) {
            return new int[n];
        }
        int k = range[0];
        if (range[0] < range[1]) {
            int[] sample = sample(n, Math.min(n, SAMPLE), seed);
            float[][] sampled = new float[sample.length][];
            for (int i = 0; i < sample.length; i++) {
                sampled[i] = vectors[sample[i]];
            }
            float[][] distances = distances(sampled);
            double best = Double.NEGATIVE_INFINITY;
            for (int candidate = range[0]; candidate <= range[1]; candidate++) {
                double score = silhouette(distances, kmeans(sampled, candidate, seed), candidate);
                if (score > best + 1e-9) {
                    best = score;
                    k = candidate;
                }
            }
        }
        return kmeans(vectors, k, seed);
    }

    /** Tribuo k-means with {@code k} centroids; returns each vector's cluster. */
    static int[] kmeans(float[][] vectors, int k, long seed) {
        ClusteringFactory factory = new ClusteringFactory();
        MutableDataset<ClusterID> data = new MutableDataset<>(new SimpleDataSourceProvenance("works", factory), factory);
        int dims = vectors[0].length;
        String[] names = new String[dims];
        for (int d = 0; d < dims; d++) {
            names[d] = String.format("d%04d", d);
        }
        List<ArrayExample<ClusterID>> examples = new ArrayList<>(vectors.length);
        for (float[] v : vectors) {
            double[] values = new double[dims];
            for (int d = 0; d < dims; d++) {
                values[d] = v[d];
            }
            ArrayExample<ClusterID> example = new ArrayExample<>(ClusteringFactory.UNASSIGNED_CLUSTER_ID, names, values);
            examples.add(example);
            data.add(example);
        }
        KMeansTrainer trainer = new KMeansTrainer(Math.min(k, vectors.length), ITERATIONS, new L2Distance(),
                KMeansTrainer.Initialisation.PLUSPLUS, 1, seed);
        KMeansModel model = trainer.train(data);
        int[] assigned = new int[vectors.length];
        for (int i = 0; i < examples.size(); i++) {
            assigned[i] = model.predict(examples.get(i)).getOutput().getID();
        }
        return assigned;
    }

    /** {@code size} distinct indexes of 0..n-1, a seeded shuffle's first ones, in ascending order. */
    static int[] sample(int n, int size, long seed) {
        int[] all = new int[n];
        Arrays.setAll(all, i -> i);
        Random random = new Random(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        int[] out = Arrays.copyOf(all, size);
        Arrays.sort(out);
        return out;
    }

    /** Euclidean distances between every pair (k-means' own distance). */
    static float[][] distances(float[][] v) {
        int n = v.length;
        float[][] out = new float[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double sum = 0;
                for (int d = 0; d < v[i].length; d++) {
                    double diff = v[i][d] - v[j][d];
                    sum += diff * diff;
                }
                out[i][j] = out[j][i] = (float) Math.sqrt(sum);
            }
        }
        return out;
    }

    /**
     * The mean silhouette of a clustering over a distance matrix (Rousseeuw 1987): per point,
     * (b - a) / max(a, b) with a its mean distance within its cluster and b to the nearest other; 0 for a
     * point alone in its cluster. Higher is better separated.
     */
    static double silhouette(float[][] distances, int[] cluster, int k) {
        int n = cluster.length;
        int[] sizes = new int[k];
        for (int c : cluster) {
            sizes[c]++;
        }
        double total = 0;
        for (int i = 0; i < n; i++) {
            if (sizes[cluster[i]] <= 1) {
                continue;
            }
            double[] sums = new double[k];
            for (int j = 0; j < n; j++) {
                sums[cluster[j]] += distances[i][j];
            }
            double a = sums[cluster[i]] / (sizes[cluster[i]] - 1);
            double b = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != cluster[i] && sizes[c] > 0) {
                    b = Math.min(b, sums[c] / sizes[c]);
                }
            }
            if (Double.isFinite(b)) {
                total += (b - a) / Math.max(a, b);
            }
        }
        return total / n;
    }
}
