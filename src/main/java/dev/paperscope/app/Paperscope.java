package dev.paperscope.app;

import dev.paperscope.catalog.Catalog;
import dev.paperscope.catalog.FileRole;
import dev.paperscope.catalog.ResolvedRecord;
import dev.paperscope.catalog.IngestOutcome;
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
    /** Records, works and author identities of the stored resolution, for lookups (author pages). */
    private final ResolvedView.Holder views;
    /** Watches for other processes' changes while serving; null until {@link #watchCatalog}. */
    private CatalogWatch watch;

    private Paperscope(Path dataDir, Catalog catalog, SearchIndex index, List<LazyEmbedder> embedders) {
        this.dataDir = dataDir;
        this.catalog = catalog;
        this.index = index;
        this.embedders = embedders;
        this.retrieval = new Retrieval(index, embedders);
        this.views = new ResolvedView.Holder(catalog);
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
            long behind = catalog.generation() - index.generation();
            if (index.generation() >= 0 && behind > 0) {
                // warn: shown by the CLI (which hides info); catching up may embed for minutes (its progress bar follows)
                LOG.warn("the index is {} change(s) behind the catalog (an ingest was interrupted, or another process is ingesting): "
                        + "catching up", behind);
            }
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
        java.util.Map<String, Long> bareNames = inputs.stream().collect(java.util.stream.Collectors.groupingBy(
                i -> i.path().getFileName().toString(), java.util.stream.Collectors.counting()));
        List<FileResult> results = new ArrayList<>();
        for (InputFiles.Input input : inputs) {
            FileResult result = ingestOne(input, format, role, bareNames.get(input.path().getFileName().toString()) > 1);
            results.add(result);
            listener.fileDone(result);
        }
        Resolver.refresh(catalog);
        syncIndex();
        return new IngestReport(results);
    }

    /**
     * One file. In a folder, a file of a binary kind (an image, a PDF, anything with NUL bytes) or text that
     * no format recognises is skipped with the reason; a file that reads as a known format but is damaged
     * fails, with its file and line. A file named on the command line must be readable. {@code qualify}:
     * another input of this run has the same bare name.
     */
    private FileResult ingestOne(InputFiles.Input input, Optional<String> format, Optional<FileRole> role, boolean qualify) {
        String shown = input.path().toString();
        try {
            if (!input.named()) {
                Optional<String> kind = SourceDocument.binaryKind(input.path());
                if (kind.isPresent()) {
                    return FileResult.skipped(shown, kind.get() + (kind.get().equals(SourceDocument.PDF)
                            ? ": PDF files are not supported yet" : ", not a format Paperscope reads"));
                }
            }
            SourceDocument doc = SourceDocument.read(input.path());
            Optional<String> chosen = format.isPresent() ? format : Formats.detectName(doc);
            if (chosen.isEmpty() && !input.named()) {
                return FileResult.skipped(shown, "not a format Paperscope reads");
            }
            // An undetectable named file goes on to Formats.parse, whose error names the closest format.
            FileIngest.Stored stored = new FileIngest(catalog).store(input.path(), doc, chosen, role, qualify);
            return FileResult.stored(shown, stored.outcome(), stored.warnings());
        } catch (ParseException e) {
            return FileResult.failed(shown, e.getMessage());
        }
    }

    /** As {@link #ingestUrls(List, Optional, Optional, IngestListener, FetchSettings)} with the default, polite settings. */
    public IngestReport ingestUrls(List<String> urls, Optional<String> format, Optional<FileRole> role, IngestListener listener) {
        return ingestUrls(urls, format, role, listener, dev.paperscope.ingest.fetch.FetchSettings.DEFAULT);
    }

    /**
     * Fetches pages (http or https URLs) and ingests them as files (see {@link UrlIngest}): each fails alone,
     * with why (unreachable, a server error, not a page); the raw bytes, fetch time and final URL are kept.
     */
    public IngestReport ingestUrls(List<String> urls, Optional<String> format, Optional<FileRole> role, IngestListener listener,
                                   dev.paperscope.ingest.fetch.FetchSettings settings) {
        listener.started(urls.size());
        List<FileResult> results = new ArrayList<>();
        try (UrlIngest fetching = new UrlIngest(catalog, new dev.paperscope.catalog.UrlSources(userData()), settings)) {
            for (String url : urls) {
                FileResult result = fetching.ingest(url, format, role);
                results.add(result);
                listener.fileDone(result);
            }
        }
        Resolver.refresh(catalog);
        syncIndex();
        return new IngestReport(results);
    }

    /**
     * Fetches URL sources again ({@code urls}, or all when empty): an unchanged page changes nothing, a
     * changed one replaces its records, a page that is gone keeps them; see {@link RefreshResult}.
     */
    public List<RefreshResult> refresh(List<String> urls, dev.paperscope.ingest.fetch.FetchSettings settings) {
        List<RefreshResult> results;
        try (UrlIngest fetching = new UrlIngest(catalog, new dev.paperscope.catalog.UrlSources(userData()), settings)) {
            results = fetching.refresh(urls);
        }
        Resolver.refresh(catalog);
        syncIndex();
        return results;
    }

    /** The stored files fetched from URLs: where from, when, and what the last check found. */
    public List<dev.paperscope.catalog.UrlSource> urlSources() {
        return new dev.paperscope.catalog.UrlSources(userData()).all();
    }

    /** Ingests an in-memory document (the bundled demo pages); the index is brought up to date. */
    public IngestOutcome ingestDocument(SourceDocument doc, Optional<String> format) throws ParseException {
        return ingestDocument(doc, format, Optional.empty());
    }

    /** As {@link #ingestDocument(SourceDocument, Optional)}, storing the file in {@code role} (the demo's reference lists). */
    public IngestOutcome ingestDocument(SourceDocument doc, Optional<String> format, Optional<FileRole> role) throws ParseException {
        IngestOutcome outcome = new FileIngest(catalog).storeDocument(doc, format, role).outcome();
        Resolver.refresh(catalog);
        syncIndex();
        return outcome;
    }

    /**
     * Takes a file out of the catalog and the index: {@code fileOrId} is its path, its stored name (or bare
     * name when only one stored file has it) or the id of one of its records. The catalog changes in one
     * transaction, then works are resolved again and the index follows.
     *
     * @throws IllegalArgumentException when nothing (or more than one file) answers to {@code fileOrId}
     */
    public RemovedFile remove(String fileOrId) {
        RemovedFile removed = FileRemoval.remove(this, FileRemoval.find(catalog, fileOrId));
        Resolver.refresh(catalog);
        syncIndex();
        return removed;
    }

    /** Every stored file, by name: where it was read, its format, role, record count, when and its SHA-256. */
    public List<dev.paperscope.catalog.StoredFile> files() {
        return catalog.files();
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
        return searchFaceted(query, limit, options, 0).results();
    }

    /**
     * As {@link #search(String, int, SearchOptions)}, with facet counts (at most {@code facetsPerField}
     * values per field; none for 0) over the same matching set the total counts.
     */
    public dev.paperscope.search.Matched searchFaceted(String query, int limit, SearchOptions options, int facetsPerField) {
        dev.paperscope.search.Matched matched = retrieval.search(query, limit, options, facetsPerField);
        SearchResults results = withEmptyCatalogNote(matched.results());
        return new dev.paperscope.search.Matched(results, matched.facets());
    }

    private SearchResults withEmptyCatalogNote(SearchResults results) {
        // Only an empty result can come from an empty catalog: count records off the hot path.
        if (results.total() > 0 || catalog.recordCount() > 0) {
            return results;
        }
        List<String> notes = new ArrayList<>(results.notes());
        notes.add("the catalog in " + dataDir + " is empty: ingest something first (paperscope ingest PATH, or paperscope demo)");
        return new SearchResults(results.query(), results.total(), results.totalExact(), results.hits(), results.millis(), notes);
    }

    /**
     * Facet counts (kind, venue, year, award, room, session, source file) over every record the query's
     * BM25 matches, at most {@code topPerField} values per field. For the facets of a search's own
     * matching set (dense and hybrid add their candidates), use {@link #searchFaceted}.
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
        return searchWorksFaceted(query, limit, options, 0).results();
    }

    /**
     * As {@link #searchWorks}, with facet counts over the matching records (the set {@code total} counts;
     * it does not depend on the window the grouping reads).
     */
    public dev.paperscope.search.Matched searchWorksFaceted(String query, int limit, SearchOptions options, int facetsPerField) {
        dev.paperscope.search.Facets[] facets = {dev.paperscope.search.Facets.NONE};
        SearchResults works = new dev.paperscope.search.WorkGrouping(new CatalogWorks(catalog)).group(limit, window -> {
            dev.paperscope.search.Matched records = searchFaceted(query, window, options, facetsPerField);
            facets[0] = records.facets();
            return records.results();
        });
        return new dev.paperscope.search.Matched(works, facets[0]);
    }

    /**
     * The catalog's source records and the works they resolve into, as stored by the last resolution
     * (titles recovered from reference files count; users' merges and splits apply).
     */
    public Resolution resolve() {
        return views.current().resolution();
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
        return catalog.work(workOrRecordId).or(() -> catalog.workOfRecord(workOrRecordId))
                .or(() -> catalog.redirect(workOrRecordId).flatMap(to -> catalog.work(to).or(() -> catalog.workOfRecord(to))));
    }

    /**
     * The id a work or record id stands for now: itself while it is a work or record, else where it was
     * redirected (a work merged into another, a record re-keyed by a schema migration), else itself.
     * Reading lists, stars and links hold ids; they are looked up through this, so they never dangle while
     * the paper is in the library. A lookup: it reads, never resolves.
     */
    public String currentId(String id) {
        if (catalog.work(id).isPresent() || catalog.record(id).isPresent()) {
            return id;
        }
        return catalog.redirect(id).orElse(id);
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
        catalog.forEachResolved(consumer);
    }

    /** The person a written name belongs to, with their works, venues and co-authors; empty when no record names them. */
    public Optional<AuthorProfile> author(String name) {
        ResolvedView view = views.current();
        return view.identities().find(name).map(identity -> AuthorProfiles.of(identity, view.identities(), view.resolution()));
    }

    /**
     * The people a partial name may mean (a surname alone, the start of a name), most works first; for
     * choosing one when {@link #author} finds nobody by that exact name (see {@link AuthorCandidates}).
     */
    public List<AuthorCandidate> authorCandidates(String partial) {
        ResolvedView view = views.current();
        return AuthorCandidates.matching(partial, view.identities(), view.resolution());
    }

    /**
     * Records related to record {@code id}, best first; empty when there is no such record. A work id
     * stands for its first record.
     */
    public Optional<SearchResults> related(String id, int limit) {
        String current = currentId(id);
        String recordId = catalog.work(current).map(w -> w.recordIds().getFirst()).orElse(current);
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
            planner = new dev.paperscope.planner.Planner(this::allRecords, this::recordsOfWorksNamedBy, userData(), java.time.Clock.systemUTC(),
                    this::currentId);
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

    /** Citations (BibTeX, CSL-JSON) of work or record ids; each id is looked up in the catalog. */
    public dev.paperscope.export.Exporter exports() {
        return new dev.paperscope.export.Exporter(given -> {
            String id = currentId(given);
            return catalog.record(id).map(List::of).orElseGet(() -> recordsOfWork(id)).stream().map(this::withRecoveredTitle).toList();
        });
    }

    /** A record without a title of its own, with the title recovered from a reference list (saying so), if any. */
    private SourceRecord withRecoveredTitle(SourceRecord r) {
        if (r.title() != null) {
            return r;
        }
        return catalog.resolved(r.id()).flatMap(dev.paperscope.catalog.ResolvedRecord::recovery).map(rec -> {
            List<dev.paperscope.ingest.Derivation> derived = new ArrayList<>(r.derived());
            derived.add(new dev.paperscope.ingest.Derivation("title", "recovered from " + rec.sourceFile() + " line " + rec.sourceLine()));
            return new SourceRecord(r.id(), r.kind(), rec.title(), r.authors(), r.abstractText(), r.venue(), r.year(), r.room(), r.session(),
                    r.moderator(), r.start(), r.end(), r.award(), r.section(), r.url(), r.authorMention(), r.source(), r.extra(), derived, r.raw());
        }).orElse(r);
    }

    /** The ids of a search's hits, best first (up to {@code limit}), for exporting a search as citations. */
    public List<String> searchIds(String query, int limit, SearchOptions options) {
        return search(query, limit, options).hits().stream().map(dev.paperscope.search.SearchHit::id).toList();
    }

    private boolean isWorkOrRecord(String given) {
        String id = currentId(given);
        return catalog.record(id).isPresent() || !recordsOfWork(id).isEmpty();
    }

    /** The records of a stored work, in the work's order; empty when no work has this id. */
    private List<SourceRecord> recordsOfWork(String workId) {
        return catalog.work(workId).map(w -> w.recordIds().stream().map(catalog::record).flatMap(Optional::stream).toList())
                .orElse(List.of());
    }

    /**
     * The records of the works some ids name (work ids, or record ids standing for their works; an id that
     * names nothing adds nothing), with a few batched catalog reads whatever the number of ids.
     */
    private List<dev.paperscope.catalog.ResolvedRecord> recordsOfWorksNamedBy(java.util.Collection<String> ids) {
        java.util.Set<String> workIds = new java.util.LinkedHashSet<>(catalog.worksById(ids).keySet());
        workIds.addAll(catalog.workIdsOf(ids).values());
        java.util.Set<String> recordIds = new java.util.LinkedHashSet<>();
        catalog.worksById(workIds).values().forEach(w -> recordIds.addAll(w.recordIds()));
        ids.stream().filter(id -> !workIds.contains(id)).forEach(recordIds::add); // a record without a work is its own
        return List.copyOf(catalog.resolvedAmong(recordIds).values());
    }

    /** The planner's records with their works (the planner dates them by the references' year where they correct a page's). */
    private List<dev.paperscope.catalog.ResolvedRecord> allRecords() {
        List<dev.paperscope.catalog.ResolvedRecord> records = new ArrayList<>();
        catalog.forEachResolved(records::add);
        return records;
    }

    private synchronized dev.paperscope.catalog.UserData userData() {
        if (userData == null) {
            userData = dev.paperscope.catalog.UserData.open(dataDir.resolve("catalog.db"));
        }
        return userData;
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

    /** Catches the index up with the catalog, waiting (bounded, saying so) while another process writes the index. */
    private void syncIndex() {
        IndexCatchUp.waiting(index, catalog, LOG::warn);
    }

    /**
     * Watches the data folder for other processes' changes (an {@code ingest} beside {@code serve}) every
     * {@code period}: searches see their records once their index commit lands, author pages once their
     * resolution does; an index left behind by a killed process is caught up after {@code takeOver}.
     * Stops when this closes. Idempotent.
     */
    public synchronized void watchCatalog(java.time.Duration period, java.time.Duration takeOver) {
        if (watch == null) {
            watch = new CatalogWatch(catalog, index, () -> {
                Resolver.refresh(catalog);
                IndexCatchUp.ifFree(index, catalog);
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
        stopWatching();
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
