package dev.paperscope.app;

import dev.paperscope.catalog.Catalog;
import dev.paperscope.catalog.IngestOutcome;
import dev.paperscope.catalog.StoredFile;
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
    /** Null when opened without an embedding model. */
    private final LazyEmbedder embedder;
    private final Retrieval retrieval;
    /** The user's agenda and reading lists, in the catalog's file; opened on first use. */
    private dev.paperscope.catalog.UserData userData;
    private dev.paperscope.planner.Planner planner;
    private dev.paperscope.lists.ReadingLists lists;

    private Paperscope(Path dataDir, Catalog catalog, SearchIndex index, LazyEmbedder embedder) {
        this.dataDir = dataDir;
        this.catalog = catalog;
        this.index = index;
        this.embedder = embedder;
        this.retrieval = new Retrieval(index, embedder);
    }

    /** Opens a data folder without an embedding model: BM25 search, and an index without vectors. */
    public static Paperscope open(Path dataDir) {
        return open(dataDir, Optional.empty());
    }

    /**
     * Opens a data folder whose index carries vectors of {@code embedding}'s model (or none, when empty).
     * An index built with another model, or without one, is rebuilt.
     */
    public static Paperscope open(Path dataDir, Optional<EmbeddingSetup> embedding) {
        LazyEmbedder embedder = embedding.map(LazyEmbedder::new).orElse(null);
        Catalog catalog = Catalog.open(dataDir.resolve("catalog.db"));
        try {
            Path indexDir = dataDir.resolve("index");
            SearchIndex index = embedding.isEmpty() ? SearchIndex.open(indexDir) : SearchIndex.open(indexDir,
                    new IndexVectors(new CachedVectorSource(embedding.get().space(), catalog, embedder, embedding.get().progress()),
                    embedding.get().quantization()));
            Paperscope p = new Paperscope(dataDir, catalog, index, embedder);
            p.syncIndex();
            return p;
        } catch (RuntimeException e) {
            catalog.close();
            if (embedder != null) {
                embedder.close();
            }
            throw e;
        }
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
        List<InputFiles.Input> inputs = InputFiles.expand(paths);
        listener.started(inputs.size());
        List<FileResult> results = new ArrayList<>();
        for (InputFiles.Input input : inputs) {
            FileResult result = ingestOne(input, format);
            results.add(result);
            listener.fileDone(result);
        }
        syncIndex();
        return new IngestReport(results);
    }

    private FileResult ingestOne(InputFiles.Input input, Optional<String> format) {
        String shown = input.path().toString();
        try {
            SourceDocument doc = SourceDocument.read(input.path());
            Optional<String> chosen = format.isPresent() ? format : Formats.detectName(doc);
            if (chosen.isEmpty() && !input.named()) {
                return FileResult.skipped(shown, "not a format Paperscope reads");
            }
            // An undetectable named file goes on to Formats.parse, whose error names the closest format.
            return FileResult.stored(shown, store(doc, input.path(), chosen));
        } catch (ParseException e) {
            return FileResult.failed(shown, e.getMessage());
        }
    }

    /** Ingests an in-memory document (the bundled demo pages); the index is brought up to date. */
    public IngestOutcome ingestDocument(SourceDocument doc, Optional<String> format) throws ParseException {
        IngestOutcome outcome = store(doc, null, format);
        syncIndex();
        return outcome;
    }

    private IngestOutcome store(SourceDocument doc, Path path, Optional<String> format) throws ParseException {
        Optional<StoredFile> known = catalog.file(doc.fileName()).filter(f -> f.sha256().equals(doc.sha256()));
        if (known.isPresent()) {
            // Same name, same bytes: nothing to do, and no need to parse again.
            return new IngestOutcome(doc.fileName(), known.get().format(), IngestOutcome.Status.UNCHANGED, known.get().recordCount(), 0);
        }
        return catalog.store(Formats.parse(doc, format), doc.fileName(), doc.sha256(), path);
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
     * The catalog's records resolved into works. Computed on demand from the catalog (titles are not yet
     * recovered from reference lists here: that, and storing works, come with reference ingest).
     */
    public Resolution resolve() {
        List<SourceRecord> records = new ArrayList<>();
        catalog.forEachRecord(records::add);
        return new Resolution(records, dev.paperscope.resolve.WorkResolver.resolve(records, java.util.Map.of()));
    }

    /** The person a written name belongs to, with their works, venues and co-authors; empty when no record names them. */
    public Optional<AuthorProfile> author(String name) {
        Resolution resolution = resolve();
        dev.paperscope.resolve.AuthorIdentities identities = dev.paperscope.resolve.AuthorIdentities.of(resolution.records());
        return identities.find(name).map(identity -> AuthorProfiles.of(identity, identities, resolution));
    }

    /** Records related to record {@code id}, best first; empty when there is no such record. */
    public Optional<SearchResults> related(String id, int limit) {
        return new RelatedSearch(index).related(id, limit);
    }

    /** Rebuilds the index from the catalog. */
    public long reindex(LongConsumer progress) {
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

    private List<SourceRecord> allRecords() {
        List<SourceRecord> records = new ArrayList<>();
        catalog.forEachRecord(records::add);
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
                    if (embedder != null) {
                        embedder.close();
                    }
                }
            }
        }
    }
}
