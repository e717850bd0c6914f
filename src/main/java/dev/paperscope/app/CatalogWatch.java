package dev.paperscope.app;

import dev.paperscope.catalog.Catalog;
import dev.paperscope.index.SearchIndex;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a long-running process ({@code serve}) current with changes other processes make to its data
 * folder. A CLI {@code ingest} stores its files in the catalog, resolves works and writes the index
 * itself; the server only has to notice: every {@link #period} this reopens the index reader when the
 * index has a newer commit (searches keep the old reader until then, never waiting), and drops derived
 * data kept in memory (author identities, {@link ResolvedView}) as soon as the stored resolution changed,
 * and once at the start, so no reader waits for it. When the index stays
 * behind the catalog for {@link #takeOver} (the ingesting process was killed), it catches up itself,
 * unless another process holds the index writer.
 */
final class CatalogWatch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogWatch.class);
    private final Catalog catalog;
    private final SearchIndex index;
    private final Runnable syncIfFree;
    private final Runnable derivedChanged;
    private final Duration takeOver;
    private final ScheduledExecutorService timer;
    /** Rebuilds derived data off the timer thread, so a long rebuild never delays the next reader refresh. */
    private final ExecutorService rebuilds;
    private final AtomicBoolean rebuildPending = new AtomicBoolean();
    private long lastIndexGeneration = Long.MIN_VALUE;
    private String lastStamp;
    /** Catalog and index generations when the index was first seen behind, and since when (nanoTime). */
    private long laggingCatalog = -1;
    private long laggingIndex = -1;
    private long laggingSince;

    CatalogWatch(Catalog catalog, SearchIndex index, Runnable syncIfFree, Runnable derivedChanged, Duration period, Duration takeOver) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.index = Objects.requireNonNull(index, "index");
        this.syncIfFree = Objects.requireNonNull(syncIfFree, "syncIfFree");
        this.derivedChanged = Objects.requireNonNull(derivedChanged, "derivedChanged");
        this.takeOver = Objects.requireNonNull(takeOver, "takeOver");
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread t = new Thread(task, "paperscope-catalog-watch");
            t.setDaemon(true);
            return t;
        });
        this.rebuilds = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "paperscope-derived-rebuild");
            t.setDaemon(true);
            return t;
        });
        long millis = period.toMillis();
        timer.scheduleWithFixedDelay(this::tickSafely, millis, millis, TimeUnit.MILLISECONDS);
    }

    private void tickSafely() {
        try {
            tick();
        } catch (RuntimeException e) {
            // Keep watching: a catalog busy for a moment, or a reader refresh that failed, is retried next time.
            LOG.warn("cannot check the data folder for changes: {}", e.getMessage());
        }
    }

    void tick() {
        long indexGeneration = index.generation();
        if (indexGeneration != lastIndexGeneration) {
            index.refreshReader();
            lastIndexGeneration = indexGeneration;
        }
        String stamp = catalog.derived().resolutionStamp().orElse("");
        if (!stamp.equals(lastStamp)) {
            lastStamp = stamp;
            if (rebuildPending.compareAndSet(false, true)) {
                rebuilds.execute(() -> {
                    rebuildPending.set(false);
                    try {
                        derivedChanged.run();
                    } catch (RuntimeException e) {
                        LOG.warn("cannot rebuild derived data after a change: {}", e.getMessage());
                    }
                });
            }
        }
        long catalogGeneration = catalog.generation();
        if (indexGeneration >= catalogGeneration) {
            laggingCatalog = -1;
            return;
        }
        if (catalogGeneration != laggingCatalog || indexGeneration != laggingIndex) {
            laggingCatalog = catalogGeneration;
            laggingIndex = indexGeneration;
            laggingSince = System.nanoTime();
            return;
        }
        if (System.nanoTime() - laggingSince >= takeOver.toNanos()) {
            LOG.info("the index has been behind the catalog for {} s (generation {} of {}); catching up", takeOver.toSeconds(),
                    indexGeneration, catalogGeneration);
            syncIfFree.run();
            index.refreshReader();
            laggingCatalog = -1;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        rebuilds.shutdownNow();
        try {
            timer.awaitTermination(30, TimeUnit.SECONDS);
            rebuilds.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
