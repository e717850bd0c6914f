package dev.paperscope.search.dense;

/** Told how many of the passages that needed embedding are done; called on the embedding thread. */
@FunctionalInterface
public interface EmbeddingProgress {
    EmbeddingProgress NONE = (done, total) -> { };

    void update(long done, long total);
}
