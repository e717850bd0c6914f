package dev.paperscope.app;

import dev.paperscope.catalog.Catalog;
import dev.paperscope.catalog.FileRole;
import dev.paperscope.catalog.UrlSource;
import dev.paperscope.ingest.fetch.FetchSettings;
import java.util.List;
import java.util.Optional;

/**
 * Pages fetched from URLs, handed out by {@link Paperscope#pages()}: ingested as files (each fails alone,
 * with why), fetched again by {@link #refresh}, and listed with their fetch times. A write resolves again
 * and brings the index up, as every ingest does.
 */
public final class FetchedPages {
    private final Catalog catalog;
    private final UserStores user;
    private final Runnable afterChange;

    FetchedPages(Catalog catalog, UserStores user, Runnable afterChange) {
        this.catalog = catalog;
        this.user = user;
        this.afterChange = afterChange;
    }

    /** As {@link #ingest(List, Optional, Optional, IngestListener, FetchSettings)} with the default, polite settings. */
    public IngestReport ingest(List<String> urls, Optional<String> format, Optional<FileRole> role, IngestListener listener) {
        return ingest(urls, format, role, listener, FetchSettings.DEFAULT);
    }

    /**
     * Fetches pages (http or https URLs) and ingests them as files (see {@link UrlIngest}): each fails alone,
     * with why (unreachable, a server error, not a page); the raw bytes, fetch time and final URL are kept.
     */
    public IngestReport ingest(List<String> urls, Optional<String> format, Optional<FileRole> role, IngestListener listener,
                               FetchSettings settings) {
        IngestReport report = new Ingestion(catalog).urls(user.urlSources(), urls, format, role, listener, settings);
        afterChange.run();
        return report;
    }

    /**
     * Fetches URL sources again ({@code urls}, or all when empty): an unchanged page changes nothing, a
     * changed one replaces its records, a page that is gone keeps them; see {@link RefreshResult}.
     */
    public List<RefreshResult> refresh(List<String> urls, FetchSettings settings) {
        List<RefreshResult> results = new Ingestion(catalog).refresh(user.urlSources(), urls, settings);
        afterChange.run();
        return results;
    }

    /** The stored files fetched from URLs: where from, when, and what the last check found. */
    public List<UrlSource> sources() {
        return user.urlSources().all();
    }
}
