package dev.paperscope.app;

import dev.paperscope.search.dense.Embedder;
import dev.paperscope.search.dense.SimilarityFloor;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads one model of the setup on first use, checks it is the model promised, and closes it. As an
 * {@link Embedder} it answers its model id and dimension from the setup without loading anything, so a
 * cache can look vectors up and load the model only for what it lacks. Thread-safe.
 */
final class LazyEmbedder implements Supplier<Embedder>, Embedder {
    /** Under the facade's name, where the preload warning was always logged. */
    private static final Logger LOG = LoggerFactory.getLogger(Paperscope.class);
    private final EmbeddingSetup.Model setup;
    private Embedder embedder;
    private boolean closed;

    LazyEmbedder(EmbeddingSetup.Model setup) {
        this.setup = setup;
    }

    /**
     * Loads the models on a background (daemon) thread; a model that fails to load is logged here and
     * fails the first query that needs it, as it would have without preloading.
     */
    static CompletableFuture<Void> preload(List<LazyEmbedder> embedders) {
        if (embedders.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.runAsync(() -> embedders.forEach(LazyEmbedder::get), task -> {
            Thread t = new Thread(task, "paperscope-model-preload");
            t.setDaemon(true);
            t.start();
        }).whenComplete((done, failed) -> {
            if (failed != null) {
                LOG.warn("embedding models not preloaded: {}", failed.getMessage());
            }
        });
    }

    @Override
    public synchronized Embedder get() {
        if (closed) {
            throw new IllegalStateException("embedding model " + setup.space().modelId() + " is closed");
        }
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
    public String modelId() {
        return setup.space().modelId();
    }

    @Override
    public int dimension() {
        return setup.space().dimension();
    }

    /** The loaded model's floor: a shipped model's by name, a stand-in's as it says (loads the model). */
    @Override
    public SimilarityFloor similarityFloor() {
        return get().similarityFloor();
    }

    @Override
    public List<float[]> embedPassages(List<String> texts) {
        return get().embedPassages(texts);
    }

    @Override
    public List<float[]> embedQueries(List<String> texts) {
        return get().embedQueries(texts);
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (embedder != null) {
            embedder.close();
            embedder = null;
        }
    }
}
