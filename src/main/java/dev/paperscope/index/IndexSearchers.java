package dev.paperscope.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The searchers of one {@link SearchIndex}: a {@link SearcherManager} opened at the first search, refreshed
 * after the index's own writes (blocking) and on request for another process's (without blocking searches).
 */
final class IndexSearchers implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IndexSearchers.class);
    private final Directory directory;
    private SearcherManager searchers;

    IndexSearchers(Directory directory) {
        this.directory = directory;
    }

    /** After a write of this process: the next search sees it (nothing to do before the first search). */
    synchronized void refreshBlocking() {
        if (searchers != null) {
            try {
                searchers.maybeRefreshBlocking();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot refresh the index reader", e);
            }
        }
    }

    /** Reopens the reader when the index changed, without blocking searches (see {@link SearchIndex#refreshReader}). */
    void refresh() {
        SearcherManager manager;
        synchronized (this) {
            manager = searchers;
        }
        if (manager == null) {
            return;
        }
        try {
            manager.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot refresh the index reader", e);
        } catch (AlreadyClosedException e) {
            // closing: nothing left to refresh
        }
    }

    <T> T with(SearchIndex.SearcherWork<T> work) {
        SearcherManager manager = manager();
        IndexSearcher searcher = null;
        try {
            searcher = manager.acquire();
            return work.apply(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException("search failed: " + e.getMessage(), e);
        } finally {
            if (searcher != null) {
                try {
                    manager.release(searcher);
                } catch (IOException e) {
                    LOG.warn("cannot release searcher", e);
                }
            }
        }
    }

    private synchronized SearcherManager manager() {
        if (searchers == null) {
            try {
                if (!DirectoryReader.indexExists(directory)) {
                    throw new IllegalStateException("the index is empty: ingest something first");
                }
                searchers = new SearcherManager(directory, null);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the index for search", e);
            }
        }
        return searchers;
    }

    @Override
    public synchronized void close() throws IOException {
        if (searchers != null) {
            searchers.close();
        }
    }
}
