package dev.paperscope.app;

import tagbio.umap.Umap;

/**
 * Lays vectors out in 2-D with UMAP (tag.bio's Java port of McInnes et al.'s reference implementation):
 * one thread and a fixed seed, so the same vectors give the same map. Sets too small for a neighbour graph
 * (fewer than {@link #MIN_POINTS}) are placed on a unit circle in input order.
 */
final class TopicProjection {
    static final int MIN_POINTS = 5;
    /** Neighbours in UMAP's graph: its own default, smaller for small sets. */
    static final int NEIGHBOURS = 15;
    /**
     * Optimisation epochs: half umap-learn's choice for large sets (200; 500 below 10,000 points). The layout
     * is most of a cold map's time: 10,000 works took 9.3 s of CPU with 200 epochs, 6.7 s with 100
     * (docs/BENCHMARKS.md); the clusters and labels do not depend on it, and the map still reads.
     */
    static final int EPOCHS = 100;

    private TopicProjection() {
    }

    /** One [x, y] per vector, in input order. */
    static float[][] project(float[][] vectors, long seed) {
        int n = vectors.length;
        if (n < MIN_POINTS) {
            float[][] out = new float[n][];
            for (int i = 0; i < n; i++) {
                double angle = n == 1 ? 0 : 2 * Math.PI * i / n;
                out[i] = new float[] {n == 1 ? 0f : (float) Math.cos(angle), n == 1 ? 0f : (float) Math.sin(angle)};
            }
            return out;
        }
        Umap umap = new Umap();
        umap.setNumberComponents(2);
        umap.setNumberNearestNeighbours(Math.min(NEIGHBOURS, n - 1));
        umap.setThreads(1);
        umap.setSeed(seed);
        umap.setNumberEpochs(EPOCHS);
        umap.setVerbose(false);
        return umap.fitTransform(vectors);
    }
}
