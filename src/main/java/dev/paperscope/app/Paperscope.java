package dev.paperscope.app;

import dev.paperscope.catalog.Catalog;
import dev.paperscope.catalog.FileRole;
import dev.paperscope.catalog.ResolvedRecord;
import dev.paperscope.catalog.IngestOutcome;
import dev.paperscope.catalog.StoredFile;
import dev.paperscope.catalog.StoredWork;
import dev.paperscope.index.IndexVectors;
import dev.paperscope.index.SearchIndex;
import dev.paperscope.ingest.Formats;
import dev.paperscope.ingest.ParseException;
import dev.paperscope.ingest.SourceDocument;
import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.search.Bm25Params;
import dev.paperscope.search.SearchResults;
import dev.paperscope.search.related.RelatedSearch;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * One data folder: the catalog ({@code catalog.db}, the truth) and the search index derived from it
 * ({@code index/}). Opening brings the index up to date with the catalog.
 */
public final class Paperscope implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Paperscope.class);
    private final Path dataDir;
    private final Catalog catalog;
    private final SearchIndex index;
    /** The embedding models in index field order; empty when opened without one. */
    private final List<LazyEmbedder> embedders;
    private final Retrieval retrieval;
    /** The user's agenda and reading lists, in the catalog's file; opened on first use. */
    private dev.paperscope.catalog.UserData userData;
    private dev.paperscope.planner.Planner planner;
    private dev.paperscope.lists.ReadingLists lists;

    private Paperscope(Path dataDir, Catalog catalog, SearchIndex index, List<LazyEmbedder> embedders) {
        this.dataDir = dataDir;
        this.catalog = catalog;
        this.index = index;
        this.embedders = embedders;
        this.retrieval = new Retrieval(index, embedders);
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
        List<LazyEmbedder> embedders = embedding.map(e -> e.models().stream().map(LazyEmbedder::new).toList()).orElse(List.of());
        Catalog catalog = Catalog.open(dataDir.resolve("catalog.db"));
        try {
            Path indexDir = dataDir.resolve("index");
            SearchIndex index = embedding.isEmpty() ? SearchIndex.open(indexDir) : SearchIndex.open(indexDir, vectors(embedding.get(), catalog, embedders));
            Paperscope p = new Paperscope(dataDir, catalog, index, embedders);
            Resolver.refresh(catalog);
            p.syncIndex();
            return p;
        } catch (RuntimeException e) {
            catalog.close();
            embedders.forEach(LazyEmbedder::close);
            throw e;
        }
    }

    private static IndexVectors vectors(EmbeddingSetup setup, Catalog catalog, List<LazyEmbedder> embedders) {
        List<dev.paperscope.index.VectorSource> sources = new ArrayList<>();
        for (int i = 0; i < embedders.size(); i++) {
            sources.add(new CachedVectorSource(setup.models().get(i).space(), catalog, embedders.get(i), setup.progress()));
        }
        return new IndexVectors(sources, setup.quantization());
    }

    public Path dataDir() {
        return dataDir;
    }

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
        List<InputFiles.Input> inputs = InputFiles.expand(paths);
        listener.started(inputs.size());
        List<FileResult> results = new ArrayList<>();
        for (InputFiles.Input input : inputs) {
            FileResult result = ingestOne(input, format, role);
            results.add(result);
            listener.fileDone(result);
        }
        Resolver.refresh(catalog);
        syncIndex();
        return new IngestReport(results);
    }

    private FileResult ingestOne(InputFiles.Input input, Optional<String> format, Optional<FileRole> role) {
        String shown = input.path().toString();
        try {
            SourceDocument doc = SourceDocument.read(input.path());
            Optional<String> chosen = format.isPresent() ? format : Formats.detectName(doc);
            if (chosen.isEmpty() && !input.named()) {
                return FileResult.skipped(shown, "not a format Paperscope reads");
            }
            // An undetectable named file goes on to Formats.parse, whose error names the closest format.
            return FileResult.stored(shown, store(doc, input.path(), chosen, role));
        } catch (ParseException e) {
            return FileResult.failed(shown, e.getMessage());
        }
    }

    /** Ingests an in-memory document (the bundled demo pages); the index is brought up to date. */
    public IngestOutcome ingestDocument(SourceDocument doc, Optional<String> format) throws ParseException {
        IngestOutcome outcome = store(doc, null, format, Optional.empty());
        Resolver.refresh(catalog);
        syncIndex();
        return outcome;
    }

    private IngestOutcome store(SourceDocument doc, Path path, Optional<String> format, Optional<FileRole> role) throws ParseException {
        Optional<StoredFile> known = catalog.file(doc.fileName()).filter(f -> f.sha256().equals(doc.sha256()));
        if (known.isPresent()) {
            // Same name, same bytes: no need to parse again; at most the role changes, and only when asked.
            IngestOutcome.Status status = IngestOutcome.Status.UNCHANGED;
            if (role.isPresent() && role.get() != known.get().role()) {
                catalog.switchRole(doc.fileName(), role.get());
                status = IngestOutcome.Status.ROLE_CHANGED;
            }
            return new IngestOutcome(doc.fileName(), known.get().format(), status, known.get().recordCount(), 0);
        }
        return catalog.store(Formats.parse(doc, format), doc.fileName(), doc.sha256(), path, role);
    }

    /** Every record in a stable order: by file name, then as the file lists them. */
    public void exportRecords(Consumer<SourceRecord> consumer) {
        catalog.forEachRecord(consumer);
    }

    /** Searches with the default retriever: hybrid when the index has vectors, else BM25. */
    public SearchResults search(String query, int limit, Bm25Params params) {
        return search(query, limit, SearchOptions.DEFAULT.withBm25(params));
    }

    public SearchResults search(String query, int limit, SearchOptions options) {
        SearchResults results = retrieval.search(query, limit, options);
        // Only an empty result can come from an empty catalog: count records off the hot path.
        if (results.total() > 0 || catalog.recordCount() > 0) {
            return results;
        }
        List<String> notes = new ArrayList<>(results.notes());
        notes.add("the catalog in " + dataDir + " is empty: ingest something first (paperscope ingest PATH, or paperscope demo)");
        return new SearchResults(results.query(), results.total(), results.totalExact(), results.hits(), results.millis(), notes);
    }

    /**
     * Facet counts (kind, venue, year, award, room, session, source file) over every record the query
     * matches, at most {@code topPerField} values per field.
     */
    public dev.paperscope.search.Facets facets(String query, int topPerField) {
        return new dev.paperscope.search.Bm25Search(index, Bm25Params.DEFAULT).facets(query, topPerField);
    }

    /**
     * Searches as {@link #search(String, int, SearchOptions)}, one hit per work: the hit's {@code id} is
     * the work id, its title the work's title, its {@code records} every record of the work (those that
     * matched first, in rank order), the rest from the work's best-matching record. {@code total} counts
     * matching records, not works. Ties and paging are as deterministic as the record search.
     */
    public SearchResults searchWorks(String query, int limit, SearchOptions options) {
        return new dev.paperscope.search.WorkGrouping(new CatalogWorks(catalog)).group(limit, window -> search(query, window, options));
    }

    /**
     * The catalog's source records and the works they resolve into, as stored by the last resolution
     * (titles recovered from reference files count; users' merges and splits apply).
     */
    public Resolution resolve() {
        Resolver.refresh(catalog);
        List<SourceRecord> records = new ArrayList<>();
        catalog.forEachRecord(records::add);
        List<dev.paperscope.resolve.Work> works = catalog.works().stream()
                .map(w -> dev.paperscope.resolve.WorkJson.fromJson(w.json())).toList();
        return new Resolution(records, works);
    }

    /**
     * Resolves works and recovered fields again from the whole catalog, even when the stored results are
     * current (a benchmark, or after changing resolution code), and brings the index up to date.
     */
    public void resolveAgain() {
        Resolver.run(catalog);
        syncIndex();
    }

    /**
     * The stored work with this id, or the work of the record with this id; empty when neither exists.
     * {@link StoredWork#json()} holds its records (with provenance), merges, rules and evidence.
     */
    public Optional<StoredWork> work(String workOrRecordId) {
        Resolver.refresh(catalog);
        return catalog.work(workOrRecordId).or(() -> catalog.workOfRecord(workOrRecordId));
    }

    /**
     * Merges by hand the works holding {@code a} and {@code b} (each a work or record id). The decision is
     * stored by record ids and outlives re-ingest and reindex; a later split can undo it.
     *
     * @throws IllegalArgumentException when an id is unknown or both are already one work
     */
    public StoredWork mergeWorks(String a, String b) {
        StoredWork merged = WorkDecisions.merge(catalog, a, b);
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
        List<StoredWork> works = WorkDecisions.split(catalog, workId, recordIds);
        syncIndex();
        return works;
    }

    /** Every source record with its work id and recovered fields, in the order of {@link #exportRecords}. */
    public void exportResolved(Consumer<ResolvedRecord> consumer) {
        Resolver.refresh(catalog);
        catalog.forEachResolved(consumer);
    }

    /** The person a written name belongs to, with their works, venues and co-authors; empty when no record names them. */
    public Optional<AuthorProfile> author(String name) {
        Resolution resolution = resolve();
        dev.paperscope.resolve.AuthorIdentities identities = dev.paperscope.resolve.AuthorIdentities.of(resolution.records());
        return identities.find(name).map(identity -> AuthorProfiles.of(identity, identities, resolution));
    }

    /**
     * The people a partial name may mean (a surname alone, the start of a name), most works first; for
     * choosing one when {@link #author} finds nobody by that exact name (see {@link AuthorCandidates}).
     */
    public List<AuthorCandidate> authorCandidates(String partial) {
        Resolution resolution = resolve();
        return AuthorCandidates.matching(partial, dev.paperscope.resolve.AuthorIdentities.of(resolution.records()), resolution);
    }

    /**
     * Records related to record {@code id}, best first; empty when there is no such record. A work id
     * stands for its first record.
     */
    public Optional<SearchResults> related(String id, int limit) {
        String recordId = catalog.work(id).map(w -> w.recordIds().getFirst()).orElse(id);
        return new RelatedSearch(index).related(recordId, limit);
    }

    /** Resolves works again and rebuilds the index from the catalog. */
    public long reindex(LongConsumer progress) {
        Resolver.run(catalog);
        index.rebuild(catalog, progress);
        return catalog.recordCount();
    }

    /** The conference planner: schedule, agenda (user data kept across re-ingests), clashes, iCalendar. */
    public synchronized dev.paperscope.planner.Planner planner() {
        if (planner == null) {
            planner = new dev.paperscope.planner.Planner(this::allRecords, userData(), java.time.Clock.systemUTC());
        }
        return planner;
    }

    /** Named reading lists of works and records (user data kept across re-ingests). */
    public synchronized dev.paperscope.lists.ReadingLists lists() {
        if (lists == null) {
            lists = new dev.paperscope.lists.ReadingLists(userData(), this::isWorkOrRecord, java.time.Clock.systemUTC());
        }
        return lists;
    }

    /**
     * Citations (BibTeX, CSL-JSON) of work or record ids. Works are resolved once, on the first work id,
     * so take a new exporter after an ingest.
     */
    public dev.paperscope.export.Exporter exports() {
        java.util.function.Supplier<Resolution> resolution = memoized(this::resolve);
        return new dev.paperscope.export.Exporter(id -> catalog.record(id).map(List::of)
                .orElseGet(() -> recordsOfWork(resolution.get(), id)));
    }

    /** The ids of a search's hits, best first (up to {@code limit}), for exporting a search as citations. */
    public List<String> searchIds(String query, int limit, SearchOptions options) {
        return search(query, limit, options).hits().stream().map(dev.paperscope.search.SearchHit::id).toList();
    }

    private boolean isWorkOrRecord(String id) {
        return catalog.record(id).isPresent() || !recordsOfWork(resolve(), id).isEmpty();
    }

    private static List<SourceRecord> recordsOfWork(Resolution resolution, String workId) {
        java.util.Map<String, SourceRecord> byId = resolution.recordsById();
        return resolution.works().stream().filter(w -> w.id().equals(workId)).findFirst()
                .map(w -> w.recordIds().stream().map(byId::get).toList()).orElse(List.of());
    }

    /** The planner's talks, dated by the references' year where they correct a page's inferred one. */
    private List<SourceRecord> allRecords() {
        List<SourceRecord> records = new ArrayList<>();
        catalog.forEachResolved(r -> records.add(r.dated()));
        return records;
    }

    private synchronized dev.paperscope.catalog.UserData userData() {
        if (userData == null) {
            userData = dev.paperscope.catalog.UserData.open(dataDir.resolve("catalog.db"));
        }
        return userData;
    }

    private static <T> java.util.function.Supplier<T> memoized(java.util.function.Supplier<T> supplier) {
        return new java.util.function.Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    public long recordCount() {
        return catalog.recordCount();
    }

    public Catalog catalog() {
        return catalog;
    }

    public SearchIndex index() {
        return index;
    }

    private synchronized void closeUserData() {
        if (userData != null) {
            userData.close();
        }
    }

    private void syncIndex() {
        try {
            index.catchUp(catalog);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof LockObtainFailedException || e instanceof java.io.UncheckedIOException u
                    && u.getCause() instanceof LockObtainFailedException) {
                LOG.warn("another Paperscope process is updating the index; it will catch up with the catalog");
                return;
            }
            throw e;
        }
    }

    /**
     * Loads the embedding models on a background (daemon) thread, so that a server's first query does not
     * wait ~1.6 s for them. A model that fails to load is logged here and fails the first query that needs
     * it, as it would have without preloading; a model still loading when this closes is closed after.
     */
    public java.util.concurrent.CompletableFuture<Void> preloadModels() {
        if (embedders.isEmpty()) {
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        }
        return java.util.concurrent.CompletableFuture.runAsync(() -> embedders.forEach(LazyEmbedder::get), task -> {
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
    public void close() {
        try {
            closeUserData();
        } finally {
            try {
                index.close();
            } finally {
                try {
                    catalog.close();
                } finally {
                    embedders.forEach(LazyEmbedder::close);
                }
            }
        }
    }
}
