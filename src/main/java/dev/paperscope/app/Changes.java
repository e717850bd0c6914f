package dev.paperscope.app;

import dev.paperscope.catalog.Catalog;
import dev.paperscope.catalog.StoredWork;
import dev.paperscope.index.SearchIndex;
import java.util.List;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The writes besides ingest ({@link Paperscope#changes()}): removing a file, merging and splitting works by
 * hand, resolving again and reindexing. Each resolves again (when something changed) and brings the index
 * and the passages up to the catalog, as every write does ({@link #afterChange}).
 */
public final class Changes {
    /** A wait for another process's index writer is said as the facade's warning, as before this class existed. */
    private static final Logger LOG = LoggerFactory.getLogger(Paperscope.class);
    private final Catalog catalog;
    private final SearchIndex index;
    private final Resolver resolver;
    private final LibraryPassages passages;
    private final Searching searching;
    private final UserStores user;

    Changes(Resolver resolver, SearchIndex index, LibraryPassages passages, Searching searching, UserStores user) {
        this.catalog = resolver.catalog();
        this.resolver = resolver;
        this.index = index;
        this.passages = passages;
        this.searching = searching;
        this.user = user;
    }

    /**
     * Takes a file out of the catalog and the index: {@code fileOrId} is its path, its stored name (or bare
     * name when only one stored file has it) or the id of one of its records. The catalog changes in one
     * transaction, then works are resolved again and the index follows.
     *
     * @throws IllegalArgumentException when nothing (or more than one file) answers to {@code fileOrId}
     */
    public RemovedFile remove(String fileOrId) {
        RemovedFile removed = FileRemoval.remove(catalog, user, FileRemoval.find(catalog, fileOrId));
        afterChange();
        return removed;
    }

    /**
     * Merges by hand the works holding {@code a} and {@code b} (each a work or record id). The decision is
     * stored by record ids and outlives re-ingest and reindex; a later split can undo it.
     *
     * @throws IllegalArgumentException when an id is unknown or both are already one work
     */
    public StoredWork mergeWorks(String a, String b) {
        StoredWork merged = WorkDecisions.merge(resolver, a, b);
        syncIndex();
        return merged;
    }

    /**
     * Splits {@code recordIds} out of work {@code workId} by hand: they never share a work with the
     * records left behind, whatever the rules say, until a later merge. Returns the two works.
     *
     * @throws IllegalArgumentException when the work is unknown, a record is not in it, or nothing would be left
     */
    public List<StoredWork> splitWork(String workId, List<String> recordIds) {
        List<StoredWork> works = WorkDecisions.split(resolver, workId, recordIds);
        syncIndex();
        return works;
    }

    /**
     * Resolves works and recovered fields again from the whole catalog, even when the stored results are
     * current (a benchmark, or after changing resolution code), and brings the index up to date.
     */
    public void resolveAgain() {
        resolver.run();
        syncIndex();
    }

    /** Resolves works again and rebuilds the index from the catalog. */
    public long reindex(LongConsumer progress) {
        resolver.run();
        index.rebuild(catalog, progress);
        passages.rebuild(n -> { });
        searching.rebuildBackend();
        return catalog.recordCount();
    }

    /**
     * Builds {@code target}, another index (say, one with other vectors), from this folder's catalog as
     * stored; resolves nothing. For benchmarks that compare index configurations over one catalog.
     */
    public void rebuildInto(SearchIndex target, LongConsumer progress) {
        target.rebuild(catalog, progress);
    }

    /** What every write does after the catalog changed: resolve again if needed, then catch the index up. */
    void afterChange() {
        resolver.refresh();
        syncIndex();
    }

    /** Catches the index up with the catalog, waiting (bounded, saying so) while another process writes the index. */
    void syncIndex() {
        IndexCatchUp.waiting(index, catalog, LOG::warn);
        passages.catchUp(LOG::warn);
        searching.catchUpBackend();
    }
}
