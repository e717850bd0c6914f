package dev.paperscope.app;

import dev.paperscope.catalog.Catalog;
import dev.paperscope.index.SearchIndex;
import java.time.Duration;
import java.util.function.Consumer;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the index up to the catalog when another process may be writing it too. Lucene lets one writer
 * at a time hold an index; a second process's ingest (or {@code serve} catching up) finds the write lock
 * taken. A command waits for it, bounded and saying so, then catches up what is still missing (the other
 * process has usually done most of it); a background catch-up simply tries again later.
 */
final class IndexCatchUp {
    private static final Logger LOG = LoggerFactory.getLogger(IndexCatchUp.class);
    /** How long a command waits for another process's index writer before it leaves the catch-up to the next open. */
    static final Duration LOCK_WAIT = Duration.ofMinutes(2);
    private static final long RETRY_MILLIS = 200;

    private IndexCatchUp() {
    }

    /**
     * Catches up, waiting up to {@link #LOCK_WAIT} for another process's index writer; past that, logs that
     * the index will catch up on the next open (the catalog, the truth, is already stored).
     */
    static void waiting(SearchIndex index, Catalog catalog, Consumer<String> notice) {
        long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
        boolean told = false;
        while (!ifFree(index, catalog)) {
            if (System.nanoTime() >= deadline) {
                LOG.warn("another Paperscope process has been updating the index for more than {} s; it catches up with the catalog "
                        + "on the next start", LOCK_WAIT.toSeconds());
                return;
            }
            if (!told) {
                told = true;
                notice.accept("waiting for another Paperscope process to finish updating the index (at most " + LOCK_WAIT.toSeconds() + " s)");
            }
            try {
                Thread.sleep(RETRY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Catches up unless another process holds the index writer; returns false then (nothing was changed). */
    static boolean ifFree(SearchIndex index, Catalog catalog) {
        try {
            index.catchUp(catalog);
            return true;
        } catch (RuntimeException e) {
            if (lockTaken(e)) {
                return false;
            }
            throw e;
        }
    }

    private static boolean lockTaken(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LockObtainFailedException) {
                return true;
            }
        }
        return false;
    }
}
