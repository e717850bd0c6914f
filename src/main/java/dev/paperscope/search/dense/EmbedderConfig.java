package dev.paperscope.search.dense;

/**
 * How a batched embedder runs. Immutable.
 *
 * @param maxTokens texts are truncated to this many tokens, [CLS] and [SEP] included; capped by the
 *                  model's own limit (512 for BGE and E5, 256 for MiniLM). Lower is faster, since a
 *                  title and abstract are often 250-400 tokens, but drops the end of long abstracts.
 * @param batchSize texts per ONNX session call
 * @param threads   ONNX intra-op threads (one session call uses them all)
 */
public record EmbedderConfig(int maxTokens, int batchSize, int threads) {
    /** The model's whole window, batches of 32, every core. */
    public static final EmbedderConfig DEFAULT = new EmbedderConfig(512, 32, Runtime.getRuntime().availableProcessors());

    public EmbedderConfig {
        if (maxTokens < 8 || maxTokens > 512) {
            throw new IllegalArgumentException("maxTokens must be within 8..512, not " + maxTokens);
        }
        if (batchSize < 1 || threads < 1) {
            throw new IllegalArgumentException("batch size and threads must be positive");
        }
    }

    public EmbedderConfig withMaxTokens(int tokens) {
        return new EmbedderConfig(tokens, batchSize, threads);
    }

    public EmbedderConfig withBatchSize(int size) {
        return new EmbedderConfig(maxTokens, size, threads);
    }
}
