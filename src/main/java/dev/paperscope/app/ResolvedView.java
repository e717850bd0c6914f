package dev.paperscope.app;

import dev.paperscope.catalog.Catalog;
import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.resolve.AuthorIdentities;
import dev.paperscope.resolve.Work;
import dev.paperscope.resolve.WorkJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The catalog as one stored resolution left it: its source records, works and author identities, read
 * once per resolution stamp and then only looked up. Author pages used to read and resolve the whole
 * catalog on every request (under the server's lock); now the first read after a change builds this and
 * later ones share it. Reading never writes: a stale resolution is refreshed by the ingest or decision
 * that made it stale (or on the next open), not by a reader.
 */
final class ResolvedView {
    private final String stamp;
    private final Resolution resolution;
    /** Built on first use: exporting works needs none, and identities cost about as much as resolving works. */
    private AuthorIdentities identities;

    private ResolvedView(String stamp, Resolution resolution) {
        this.stamp = Objects.requireNonNull(stamp, "stamp");
        this.resolution = Objects.requireNonNull(resolution, "resolution");
    }

    String stamp() {
        return stamp;
    }

    Resolution resolution() {
        return resolution;
    }

    /** The author identities of the view's records, as the resolver computes them. */
    synchronized AuthorIdentities identities() {
        if (identities == null) {
            identities = AuthorIdentities.of(resolution.records());
        }
        return identities;
    }

    /** Attempts to read a view whose stamp did not change during the reading, before taking the last one read. */
    private static final int ATTEMPTS = 3;

    static ResolvedView read(Catalog catalog) {
        ResolvedView view = null;
        for (int i = 0; i < ATTEMPTS; i++) {
            String before = catalog.derived().resolutionStamp().orElse("");
            List<SourceRecord> records = new ArrayList<>();
            catalog.forEachRecord(records::add);
            List<Work> works = catalog.derived().works().stream().map(w -> WorkJson.fromJson(w.json())).toList();
            view = new ResolvedView(before, new Resolution(records, works));
            if (catalog.derived().resolutionStamp().orElse("").equals(before)) {
                return view;
            }
        }
        return new ResolvedView("", view.resolution());
    }

    /**
     * The current view of a catalog, rebuilt only when its resolution stamp changed. Thread-safe; while one
     * thread rebuilds, others keep answering from the previous view rather than queueing behind the build.
     */
    static final class Holder {
        private final Catalog catalog;
        private final ReentrantLock building = new ReentrantLock();
        private volatile ResolvedView view;

        Holder(Catalog catalog) {
            this.catalog = Objects.requireNonNull(catalog, "catalog");
        }

        /** The view for the stored resolution as it is now (one small read to check the stamp). */
        ResolvedView current() {
            ResolvedView known = view;
            if (known != null && isCurrent(known)) {
                return known;
            }
            if (known != null && !building.tryLock()) {
                return known; // another thread is building the new one
            }
            if (known == null) {
                building.lock();
            }
            try {
                ResolvedView again = view;
                if (again == null || !isCurrent(again)) {
                    view = read(catalog);
                }
                return view;
            } finally {
                building.unlock();
            }
        }

        private boolean isCurrent(ResolvedView v) {
            return !v.stamp().isEmpty() && v.stamp().equals(catalog.derived().resolutionStamp().orElse(""));
        }
    }
}
