package dev.paperscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopicClusteringTest {
    @ParameterizedTest(name = "{0} points: k in {1}..{2}")
    @CsvSource({"0, 1, 1", "3, 1, 1", "4, 2, 2", "50, 2, 5", "270, 2, 12", "2000, 4, 20", "10000, 20, 20", "100000, 20, 20"})
    void theNumberOfTopicsTriedGrowsWithTheSetAndIsBounded(int n, int min, int max) {
        assertThat(TopicClustering.candidates(n)).containsExactly(min, max);
    }

    /** Three well-separated blobs of unit vectors: k by silhouette is 3 and each blob is one cluster. */
    @Test
    void wellSeparatedGroupsAreFoundWithTheirNumber() {
        float[][] v = blobs(3, 40, 16, 0.05, 7);
        int[] cluster = TopicClustering.cluster(v, 16);
        assertThat(Arrays.stream(cluster).distinct().count()).isEqualTo(3);
        for (int b = 0; b < 3; b++) {
            int first = cluster[b * 40];
            for (int i = b * 40; i < (b + 1) * 40; i++) {
                assertThat(cluster[i]).as("point " + i).isEqualTo(first);
            }
        }
        assertThat(TopicClustering.cluster(v, 16)).as("seeded").containsExactly(cluster);
    }

    @Test
    void silhouetteIsHighForSeparatedClustersAndLowForASplitOne() {
        float[][] v = blobs(2, 30, 8, 0.05, 3);
        float[][] d = TopicClustering.distances(v);
        int[] right = new int[60];
        Arrays.fill(right, 30, 60, 1);
        int[] wrong = new int[60];
        for (int i = 0; i < 60; i++) {
            wrong[i] = i % 2;
        }
        assertThat(TopicClustering.silhouette(d, right, 2)).isGreaterThan(0.8);
        assertThat(TopicClustering.silhouette(d, wrong, 2)).isLessThan(0.1);
    }

    @Test
    void aSampleIsSortedDistinctAndSeeded() {
        int[] s = TopicClustering.sample(100, 10, 5);
        assertThat(s).hasSize(10).isSorted().doesNotHaveDuplicates();
        assertThat(TopicClustering.sample(100, 10, 5)).containsExactly(s);
        assertThat(TopicClustering.sample(100, 10, 6)).isNotEqualTo(s);
    }

    @Test
    void tinySetsAreOneTopicAndSitOnACircle() {
        float[][] v = blobs(1, 3, 4, 0.1, 1);
        assertThat(TopicClustering.cluster(v, 1)).containsExactly(0, 0, 0);
        float[][] xy = TopicProjection.project(v, 1);
        assertThat(xy).hasNumberOfRows(3);
        for (float[] p : xy) {
            assertThat(Math.hypot(p[0], p[1])).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
        }
    }

    @Test
    void theProjectionIsSeededAndKeepsGroupsApart() {
        float[][] v = blobs(2, 25, 12, 0.05, 9);
        float[][] a = TopicProjection.project(v, 16);
        float[][] b = TopicProjection.project(v, 16);
        assertThat(a).isDeepEqualTo(b);
        // every point is nearer its own group's mean than the other group's
        double[][] centre = new double[2][2];
        for (int i = 0; i < 50; i++) {
            centre[i / 25][0] += a[i][0] / 25;
            centre[i / 25][1] += a[i][1] / 25;
        }
        for (int i = 0; i < 50; i++) {
            int own = i / 25;
            double near = Math.hypot(a[i][0] - centre[own][0], a[i][1] - centre[own][1]);
            double far = Math.hypot(a[i][0] - centre[1 - own][0], a[i][1] - centre[1 - own][1]);
            assertThat(near).as("point " + i).isLessThan(far);
        }
    }

    /** {@code groups} blobs of {@code each} unit vectors in {@code dims} dimensions, around random unit centres. */
    static float[][] blobs(int groups, int each, int dims, double noise, long seed) {
        Random r = new Random(seed);
        float[][] out = new float[groups * each][];
        for (int g = 0; g < groups; g++) {
            double[] c = new double[dims];
            c[g % dims] = 1; // orthogonal centres
            for (int i = 0; i < each; i++) {
                float[] v = new float[dims];
                double norm = 0;
                for (int d = 0; d < dims; d++) {
                    v[d] = (float) (c[d] + noise * r.nextGaussian());
                    norm += v[d] * v[d];
                }
                for (int d = 0; d < dims; d++) {
                    v[d] /= (float) Math.sqrt(norm);
                }
                out[g * each + i] = v;
            }
        }
        return out;
    }
}
