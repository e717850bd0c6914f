package dev.paperscope.app;

import dev.paperscope.search.dense.Embedder;
import java.util.function.Supplier;

/** Loads the setup's embedder on first use, checks it is the model promised, and closes it. Thread-safe. */
final class LazyEmbedder implements Supplier<Embedder>, AutoCloseable {
    private final EmbeddingSetup setup;
    private Embedder embedder;

    LazyEmbedder(EmbeddingSetup setup) {
        this.setup = setup;
    }

    @Override
    public synchronized Embedder get() {
        if (embedder == null) {
            Embedder loaded = setup.loader().get();
            if (!loaded.modelId().equals(setup.space().modelId()) || loaded.dimension() != setup.space().dimension()) {
                loaded.close();
                throw new IllegalStateException("expected embedding model " + setup.space().modelId() + " ("
                        + setup.space().dimension() + " dimensions), got " + loaded.modelId() + " (" + loaded.dimension() + ")");
            }
            embedder = loaded;
        }
        return embedder;
    }

    @Override
    public synchronized void close() {
        if (embedder != null) {
            embedder.close();
            embedder = null;
        }
    }
}
