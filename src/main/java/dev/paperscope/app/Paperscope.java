package dev.paperscope.app;

import dev.paperscope.catalog.Catalog;
import dev.paperscope.catalog.FileRole;
import dev.paperscope.catalog.IngestOutcome;
import dev.paperscope.catalog.ResolvedRecord;
import dev.paperscope.catalog.StoredFile;
import dev.paperscope.export.Exporter;
import dev.paperscope.index.SearchIndex;
import dev.paperscope.ingest.ParseException;
import dev.paperscope.ingest.SourceDocument;
import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.lists.ReadingLists;
import dev.paperscope.planner.Planner;
import dev.paperscope.search.Bm25Params;
import dev.paperscope.search.SearchResults;
import dev.paperscope.search.answers.AnswerParams;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One data folder: the catalog ({@code catalog.db}, the truth) and the search index derived from it
 * ({@code index/}). Opening brings the index up to date with the catalog. The work is done by parts of
 * this package, one per concept: {@link Ingestion}, {@link Changes} (remove, merge, split, reindex),
 * {@link Searching} and {@link Searches}, {@link Works} (works, records and related records by id),
 * {@link Authors}, {@link UserStores} (agenda, lists).
 * Writes (ingest and {@link #changes()}) resolve again; reads only look up what is stored.
 */
public final class Paperscope implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Paperscope.class);
    private final Path dataDir;
    private final Catalog catalog;
    private final SearchIndex index;
    /** The embedding models in index field order; empty when opened without one. */
    private final List<LazyEmbedder> embedders;
    private final Resolver resolver;
    private final Searching searching;
    private final Searches searches;
    private final Changes changes;
    private final Works works;
    private final Authors authors;
    private final UserStores user;
    private final FetchedPages pages;
    private final LibraryPassages passages;
    private final Answers answers;
    private final Topics topics;
    /** Records, works and author identities of the stored resolution, for lookups (author pages). */
    private final ResolvedView.Holder views;
    /** Watches for other processes' changes while serving; null until {@link #watchCatalog}. */
    private CatalogWatch watch;
    private Recommendations recommendations;

    private Paperscope(Path dataDir, Catalog catalog, SearchIndex index, List<LazyEmbedder> embedders, LibraryPassages passages) {
        this.dataDir = dataDir;
        this.passages = passages;
        this.catalog = catalog;
        this.index = index;
        this.embedders = embedders;
        this.resolver = new Resolver(catalog);
        this.searching = new Searching(dataDir, catalog, index, embedders, passages);
        this.searches = new Searches(searching);
        this.works = new Works(catalog, index);
        this.user = new UserStores(dataDir.resolve("catalog.db"), works);
        this.changes = new Changes(resolver, index, passages, searching, user);
        this.views = new ResolvedView.Holder(catalog);
        this.authors = new Authors(views);
        this.pages = new FetchedPages(catalog, user, changes::afterChange);
        this.answers = new Answers(searching, passages, works, embedders, AnswerParams.DEFAULT);
        this.topics = new Topics(catalog, searching, views, embedders.stream().findFirst().map(LazyEmbedder::modelId));
    }

    /** Opens a data folder without an embedding model: BM25 search, and an index without vectors. */
    public static Paperscope open(Path dataDir) {
        return open(dataDir, Optional.empty());
    }

    /**
     * Opens a data folder whose index carries vectors of {@code embedding}'s models (or none, when empty).
     * An index built with other models, or without, is rebuilt; vectors cached in the catalog are reused.
     */
    public static Paperscope open(Path dataDir, Optional<EmbeddingSetup> embedding) {
        return open(dataDir, embedding, true);
    }

    /**
     * As {@link #open(Path, Optional)}; without {@code passages} (an evaluation's or a benchmark's folder, which
     * search records only) no passage index is built, so nothing is embedded for it.
     */
    public static Paperscope open(Path dataDir, Optional<EmbeddingSetup> embedding, boolean passages) {
        List<LazyEmbedder> embedders = embedding.map(e -> e.models().stream().map(LazyEmbedder::new).toList()).orElse(List.of());
        Catalog catalog = Catalog.open(dataDir.resolve("catalog.db"));
        try {
            Path indexDir = dataDir.resolve("index");
            SearchIndex index = embedding.isEmpty() ? SearchIndex.open(indexDir) : SearchIndex.open(indexDir, CachedVectorSource.indexVectors(embedding.get(), catalog, embedders));
            Paperscope p = new Paperscope(dataDir, catalog, index, embedders, passages ? LibraryPassages.open(dataDir, catalog, embedding, embedders) : LibraryPassages.none(catalog));
            p.resolver.refresh();
            long behind = catalog.generation() - index.generation();
            if (index.generation() >= 0 && behind > 0) {
                // warn: shown by the CLI (which hides info); catching up may embed for minutes (its progress bar follows)
                LOG.warn("the index is {} change(s) behind the catalog (an ingest was interrupted, or another process is ingesting): "
                        + "catching up", behind);
            }
            p.changes.syncIndex();
            return p;
        } catch (RuntimeException e) {
            catalog.close();
            embedders.forEach(LazyEmbedder::close);
            throw e;
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    // ---- Writes: each resolves again (when something changed) and brings the index up --------------

    /**
     * Ingests files and folders. Each file is parsed completely before anything is stored, and stored
     * in one transaction, so a bad file fails alone and leaves the catalog as it was. Files in folders
     * that no format recognises are skipped; a named file must be readable.
     */
    public IngestReport ingest(List<Path> paths, Optional<String> format, IngestListener listener) {
        return ingest(paths, format, Optional.empty(), listener);
    }

    /**
     * As {@link #ingest(List, Optional, IngestListener)}, storing the files in {@code role}: reference
     * files are evidence for recovering what pages leave out, not searchable records. An empty role keeps
     * a known file's role (new files become sources); a role given switches a known file to it. Works and
     * recovered fields are resolved again before the index catches up.
     */
    public IngestReport ingest(List<Path> paths, Optional<String> format, Optional<FileRole> role, IngestListener listener) {
        IngestReport report = new Ingestion(catalog).ingest(paths, format, role, listener);
        changes.afterChange();
        return report;
    }

    /** Ingests an in-memory document (the bundled demo pages); the index is brought up to date. */
    public IngestOutcome ingestDocument(SourceDocument doc, Optional<String> format) throws ParseException {
        return ingestDocument(doc, format, Optional.empty());
    }

    /** As {@link #ingestDocument(SourceDocument, Optional)}, storing the file in {@code role} (the demo's reference lists). */
    public IngestOutcome ingestDocument(SourceDocument doc, Optional<String> format, Optional<FileRole> role) throws ParseException {
        IngestOutcome outcome = new Ingestion(catalog).ingestDocument(doc, format, role);
        changes.afterChange();
        return outcome;
    }

    /** The other writes: remove a file, merge and split works by hand, resolve again, reindex. */
    public Changes changes() {
        return changes;
    }

    // ---- Reads: lookups of what the last resolution stored; none resolves or writes ------------------

    /** Every stored file, by name: where it was read, its format, role, record count, when and its SHA-256. */
    public List<StoredFile> files() {
        return catalog.files();
    }

    /** The stored file of this name, if any. */
    public Optional<StoredFile> file(String name) {
        return catalog.file(name);
    }

    /** Every record in a stable order: by file name, then as the file lists them. */
    public void exportRecords(Consumer<SourceRecord> consumer) {
        catalog.forEachRecord(consumer);
    }

    /** Every source record with its work id and recovered fields, in the order of {@link #exportRecords}. */
    public void exportResolved(Consumer<ResolvedRecord> consumer) {
        catalog.derived().forEachResolved(consumer);
    }

    public long recordCount() {
        return catalog.recordCount();
    }

    /** Records of reference files (evidence for recovery, not searched). */
    public long referenceRecordCount() {
        return catalog.referenceRecordCount();
    }

    /** Searches with the default retriever: hybrid when the index has vectors, else BM25. */
    public SearchResults search(String query, int limit, Bm25Params params) {
        return search(query, limit, SearchOptions.DEFAULT.withBm25(params));
    }

    /** Searches records with these options (retriever, weights, filters, paging); see {@link #searches()} for works and facets. */
    public SearchResults search(String query, int limit, SearchOptions options) {
        return searching.records(query, limit, options, 0).results();
    }

    /** The other searches over the same records: one hit per work, facet counts, the ids of the hits. */
    public Searches searches() {
        return searches;
    }

    /**
     * The catalog's source records and the works they resolve into, as stored by the last resolution
     * (titles recovered from reference files count; users' merges and splits apply).
     */
    public Resolution resolve() {
        return views.current().resolution();
    }

    /** Works and records by id, related records, and where merged-away ids went: lookups, never a resolution. */
    public Works works() {
        return works;
    }

    /** Pages fetched from URLs: ingest, refresh, and what is stored of them. */
    public FetchedPages pages() {
        return pages;
    }

    /** Author profiles and the people a partial name may mean, from the current resolution's identities. */
    public Authors authors() {
        return authors;
    }

    /** The conference planner: schedule, agenda (user data kept across re-ingests), clashes, iCalendar. */
    public Planner planner() {
        return user.planner();
    }

    /** Named reading lists of works and records (user data kept across re-ingests). */
    public ReadingLists lists() {
        return user.lists();
    }

    /** Citations (BibTeX, CSL-JSON) of work or record ids; each id is looked up in the catalog. */
    public Exporter exports() {
        return new Exporter(works::citable);
    }

    /** Papers like those the user keeps (a list, the stars, some works), explained; the library is read once per index generation. */
    public synchronized Recommendations recommendations() {
        if (recommendations == null) {
            recommendations = new Recommendations(index, works, user, new CatalogWorks(catalog), (q, n) -> searches.works(q, n, SearchOptions.DEFAULT));
        }
        return recommendations;
    }

    /** Passages of every record (abstracts, PDF bodies) with their provenance, searched by words and meaning (what ask retrieves from). */
    public LibraryPassages passages() {
        return passages;
    }

    /** Builds a second, derived index (OpenSearch) from this folder's catalog, with the embedded index's cached vectors. */
    public OpenSearchSync opensearch() {
        return new OpenSearchSync(catalog, index);
    }

    /** Answers to questions, with the sentence, paper and page or line they come from ({@code ask}). */
    public Answers answers() {
        return answers;
    }

    /** The topic map of the library or of a query's works: topics, labels and 2-D points (issue 16). */
    public Topics topics() {
        return topics;
    }

    /** The search backend (lucene or opensearch) and, for a cluster, its health now ({@code /api/v1/health}). */
    public BackendStatus searchBackend() {
        return searching.backendStatus();
    }

    /** Stored files read again as the parsers read them, to show records in place (read-only). */
    public SourceTexts sourceTexts() {
        return new SourceTexts(catalog, user);
    }

    // ---- The parts beneath --------------------------------------------------------------------------

    Catalog catalog() {
        return catalog;
    }

    /** Resolutions run since this opened (open, ingests, decisions, reindex; never a read). */
    long resolutionsRun() {
        return resolver.runs();
    }

    /**
     * The search index, for benchmarks that time Lucene beneath the facade (and tests that count its
     * documents); product code searches through the methods above.
     */
    public SearchIndex index() {
        return index;
    }

    /**
     * Watches the data folder for other processes' changes (an {@code ingest} beside {@code serve}) every
     * {@code period}: searches see their records once their index commit lands, author pages once their
     * resolution does; an index left behind by a killed process is caught up after {@code takeOver}.
     * Stops when this closes. Idempotent.
     */
    public synchronized void watchCatalog(Duration period, Duration takeOver) {
        if (watch == null) {
            watch = new CatalogWatch(catalog, index, () -> {
                resolver.refresh();
                IndexCatchUp.ifFree(index, catalog);
                passages.catchUpIfFree();
            }, () -> views.current().identities(), period, takeOver);
        }
    }

    private synchronized void stopWatching() {
        if (watch != null) {
            watch.close();
            watch = null;
        }
    }

    /**
     * Loads the embedding models on a background (daemon) thread, so that a server's first query does not
     * wait ~1.6 s for them. A model that fails to load is logged here and fails the first query that needs
     * it, as it would have without preloading; a model still loading when this closes is closed after.
     */
    public CompletableFuture<Void> preloadModels() {
        return LazyEmbedder.preload(embedders);
    }

    @Override
    public void close() {
        stopWatching();
        try {
            searching.close();
            user.close();
        } finally {
            try {
                index.close();
            } finally {
                try {
                    try {
                        passages.close();
                    } finally {
                        catalog.close();
                    }
                } finally {
                    embedders.forEach(LazyEmbedder::close);
                }
            }
        }
    }
}
