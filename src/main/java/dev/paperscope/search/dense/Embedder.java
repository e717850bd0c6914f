package dev.paperscope.search.dense;

import java.util.List;

/**
 * Turns text into unit-length vectors with one embedding model. Queries and passages are embedded
 * differently where the model wants it (instruction or "query: "/"passage: " prefixes).
 *
 * <p>Implementations load their model from the classpath (Maven artifacts); none downloads anything.
 * They are thread-safe unless they say otherwise.
 */
public interface Embedder extends AutoCloseable {
    /** Stable model name, stored beside cached vectors, e.g. {@code bge-small-en-v1.5-q}. */
    String modelId();

    int dimension();

    /** Embeds document texts (title and abstract) in one batch; each vector has unit length. */
    List<float[]> embedPassages(List<String> texts);

    /** Embeds search queries in one batch; each vector has unit length. */
    List<float[]> embedQueries(List<String> texts);

    /**
     * The cosine a passage must reach for a query to match it by meaning alone: a shipped model's
     * calibrated floor ({@link EmbeddingModels#similarityFloor}), {@link SimilarityFloor#NONE} for a model
     * Paperscope does not know.
     */
    default SimilarityFloor similarityFloor() {
        return EmbeddingModels.similarityFloor(modelId());
    }

    @Override
    void close();
}
