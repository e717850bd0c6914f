package dev.paperscope.search.dense;

import java.nio.FloatBuffer;

/** How a model turns its per-token outputs into one vector; fixed by how the model was trained. */
enum Pooling {
    /** The output at the first ([CLS]) position (BGE). */
    CLS,
    /** The mean over the tokens the attention mask covers, so padding never counts (MiniLM, E5). */
    MEAN;

    /**
     * Pools row {@code row} of a {@code [batch, width, dim]} hidden-state tensor, laid out row-major in
     * {@code hidden}; {@code mask} is the batch's {@code [batch, width]} attention mask.
     */
    float[] pool(FloatBuffer hidden, long[] mask, int row, int width, int dim) {
        int base = row * width * dim;
        float[] out = new float[dim];
        if (this == CLS) {
            hidden.get(base, out);
            return out;
        }
        int tokens = 0;
        for (int t = 0; t < width; t++) {
            if (mask[row * width + t] == 0) {
                continue;
            }
            tokens++;
            int offset = base + t * dim;
            for (int d = 0; d < dim; d++) {
                out[d] += hidden.get(offset + d);
            }
        }
        for (int d = 0; d < dim; d++) {
            out[d] /= Math.max(tokens, 1);
        }
        return out;
    }
}
