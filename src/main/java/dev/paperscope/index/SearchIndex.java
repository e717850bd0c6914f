package dev.paperscope.index;

import dev.paperscope.catalog.Catalog;
import dev.paperscope.catalog.FileChange;
import dev.paperscope.catalog.ResolvedRecord;
import dev.paperscope.ingest.SourceRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MergeScheduler;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index of the catalog's source records (reference files are not indexed), each with its
 * work id and the title recovered for it when the page gave none. Each commit records the catalog generation it reflects; an
 * index behind the catalog (a crash after the catalog committed, or another process's ingest) is brought
 * up to date by replaying the files changed since, and an unreadable index is rebuilt from the catalog.
 */
public final class SearchIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    private final Directory directory;
    /** Null when records are indexed without vectors. */
    private final IndexVectors vectors;
    /** True for a passage index: one document per passage of each record ({@link PassageDocuments}). */
    private final boolean passages;
    /** Lucene's concurrent scheduler; tests slow it down to show that commits wait for merges. */
    private final Supplier<MergeScheduler> mergeSchedulers;
    private final IndexSearchers searchers;
    /** Whether {@link #tellKept} has said its warning. */
    private volatile boolean told;
    /** The catalog generation at which a catch-up last left the index behind (-1: never), so it says so once per generation. */
    private volatile long leftBehindAt = -1;

    private SearchIndex(Directory directory, IndexVectors vectors, boolean passages, Supplier<MergeScheduler> mergeSchedulers) {
        this.directory = directory;
        this.vectors = vectors;
        this.passages = passages;
        this.mergeSchedulers = mergeSchedulers;
        this.searchers = new IndexSearchers(directory);
    }

    /** An index without vectors (BM25 only). */
    public static SearchIndex open(Path indexDir) {
        return openWith(indexDir, null, false);
    }

    /**
     * An index whose records carry vectors from {@code vectors} once it is built or rebuilt. An index already built
     * with another model, dimension or quantisation (or none) keeps its vectors until {@link #rebuild} ({@link #catchUp}).
     */
    public static SearchIndex open(Path indexDir, IndexVectors vectors) {
        return openWith(indexDir, Objects.requireNonNull(vectors, "vectors"), false);
    }

    /**
     * An index of the records' passages ({@link PassageDocuments}), not the records, kept up to date with
     * the catalog the same way; {@code vectors} (null: none) must give vectors of texts
     * ({@link VectorSource#vectorsOfTexts}).
     */
    public static SearchIndex openPassages(Path indexDir, IndexVectors vectors) {
        return openWith(indexDir, vectors, true);
    }

    private static SearchIndex openWith(Path indexDir, IndexVectors vectors, boolean passages) {
        return openWith(indexDir, vectors, passages, ConcurrentMergeScheduler::new);
    }

    /** A BM25-only index whose writers merge with {@code mergeSchedulers}' schedulers (for tests). */
    static SearchIndex open(Path indexDir, Supplier<MergeScheduler> mergeSchedulers) {
        return openWith(indexDir, null, false, mergeSchedulers);
    }

    private static SearchIndex openWith(Path indexDir, IndexVectors vectors, boolean passages, Supplier<MergeScheduler> mergeSchedulers) {
        try {
            Files.createDirectories(indexDir);
            return new SearchIndex(FSDirectory.open(indexDir), vectors, passages, mergeSchedulers);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open index " + indexDir, e);
        }
    }

    /** The catalog generation of the last commit, or -1 when there is no readable commit. */
    public long generation() {
        try {
            SegmentInfos infos = SegmentInfos.readLatestCommit(directory);
            return Long.parseLong(infos.getUserData().getOrDefault(IndexSchema.GENERATION_KEY, "-1"));
        } catch (IndexNotFoundException e) {
            return -1;
        } catch (IOException | NumberFormatException e) {
            LOG.warn("index commit unreadable, it will be rebuilt from the catalog: {}", e.toString());
            return -1;
        }
    }

    /**
     * Brings the index up to the catalog's generation; returns the number of files re-indexed, -1 for a full rebuild.
     * It never changes which vectors the index holds (docs/DECISIONS.md, "Reads never rebuild an index"): an index
     * built without vectors, or with other models than configured, is caught up as it was built (without vectors;
     * with the configured models in the quantisation it was built with) or, holding other models' vectors, left
     * behind with a warning; only {@link #rebuild} ({@code reindex}), a first build, an unreadable commit or
     * another document layout rebuilds it with the configured vectors.
     */
    public int catchUp(Catalog catalog) {
        long indexGeneration = generation();
        long catalogGeneration = catalog.generation();
        if (indexGeneration >= 0 && !documentVersion().equals(commitData().get(IndexSchema.DOCUMENT_VERSION_KEY))) {
            LOG.warn("the {} was built with another document layout; rebuilding", name());
            rebuild(catalog, n -> { });
            return -1;
        }
        if (indexGeneration < 0 || indexGeneration > catalogGeneration) {
            rebuild(catalog, n -> { });
            return -1;
        }
        Map<String, String> committed = commitData();
        VectorCommits.Kept kept = VectorCommits.kept(committed, vectors);
        tellKept(committed, kept);
        if (indexGeneration == catalogGeneration) {
            return 0;
        }
        if (!kept.writable()) {
            if (leftBehindAt == catalogGeneration) {
                return 0; // said already (a server's watch tries again now and then)
            }
            leftBehindAt = catalogGeneration;
            LOG.warn("the {} holds {} and is {} change(s) behind the catalog: it is left as it is (only those models can add the "
                    + "new records' vectors); run `paperscope reindex` to rebuild it with {}", name(), VectorCommits.describe(committed),
                    catalogGeneration - indexGeneration, VectorCommits.describe(vectors));
            return 0;
        }
        IndexVectors written = kept.vectors();
        List<FileChange> changes = catalog.changesSince(indexGeneration);
        long reached = changes.stream().mapToLong(FileChange::generation).max().orElse(catalogGeneration);
        Map<String, List<ResolvedRecord>> byFile = new LinkedHashMap<>();
        for (FileChange change : changes) {
            byFile.computeIfAbsent(change.file(), catalog.derived()::resolvedOf);
        }
        prepareVectors(byFile.values().stream().flatMap(List::stream).toList(), written);
        try {
            write(IndexWriterConfig.OpenMode.CREATE_OR_APPEND, written, writer -> {
                DocumentBatches batches = batches(writer, written);
                for (FileChange change : changes) {
                    writer.deleteDocuments(new Term(IndexSchema.FILE, change.file()));
                    for (ResolvedRecord r : byFile.get(change.file())) {
                        batches.add(r); // added after this file's delete, so a deferred add is never deleted by it
                    }
                }
                batches.flush();
                commit(writer, reached, written);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the index: " + e.getMessage(), e);
        }
        refresh();
        return changes.size();
    }

    /** Replaces the whole index with the catalog's records; {@code progress} receives the running count. */
    public void rebuild(Catalog catalog, LongConsumer progress) {
        long catalogGeneration = catalog.generation();
        if (generation() < 0) {
            wipeUnderLock(); // an unreadable commit would make even a fresh writer fail
        }
        // Without vectors the records stream from the catalog; with them, the pass needs them all up front
        // (to embed what is missing in one run), so they are read once and kept for the pass.
        Consumer<Consumer<ResolvedRecord>> records = catalog.derived()::forEachResolved;
        if (vectors != null) {
            List<ResolvedRecord> all = new ArrayList<>();
            catalog.derived().forEachResolved(all::add);
            prepareVectors(all, vectors);
            records = all::forEach;
        }
        Consumer<Consumer<ResolvedRecord>> pass = records;
        try {
            write(IndexWriterConfig.OpenMode.CREATE, vectors, writer -> {
                long[] count = {0};
                DocumentBatches batches = batches(writer, vectors);
                pass.accept(r -> {
                    try {
                        batches.add(r);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    progress.accept(++count[0]);
                });
                batches.flush();
                commit(writer, catalogGeneration, vectors);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rebuild the index: " + e.getMessage(), e);
        }
        refresh();
    }

    /** Lets each vector source embed what the coming pass lacks, in one run (see {@link VectorSource#prepare}). */
    private void prepareVectors(List<ResolvedRecord> records, IndexVectors vectors) {
        if (vectors == null || records.isEmpty()) {
            return;
        }
        if (passages) {
            List<String> texts = PassageBatches.texts(records);
            vectors.sources().forEach(source -> source.prepareTexts(texts));
            return;
        }
        List<SourceRecord> sources = records.stream().map(ResolvedRecord::record).toList();
        vectors.sources().forEach(source -> source.prepare(sources));
    }

    private DocumentBatches batches(IndexWriter writer, IndexVectors vectors) {
        return passages ? new PassageBatches(writer, vectors) : new RecordBatches(writer, vectors);
    }

    /**
     * Says once (the CLI shows warnings) that the index keeps vectors other than the configured ones: searches
     * run BM25 where it has none of the configured models; {@code reindex} changes them. Opened without models,
     * it says nothing: the search's note tells why it is BM25.
     */
    private void tellKept(Map<String, String> committed, VectorCommits.Kept kept) {
        if (told || vectors == null || VectorCommits.matches(committed, vectors)) {
            return;
        }
        told = true;
        List<VectorSpace> spaces = VectorCommits.spaces(committed);
        if (spaces.isEmpty()) {
            LOG.warn("the {} has no vectors for {}: searches use BM25 only; run `paperscope reindex` to add them (embedding every record "
                    + "not embedded before)", name(), String.join(" + ", vectors.spaces().stream().map(VectorSpace::modelId).toList()));
        } else if (kept.writable()) {
            LOG.warn("the {} keeps its vectors as built ({}; configured: {}); run `paperscope reindex` to rebuild them", name(),
                    VectorCommits.describe(committed), VectorCommits.describe(vectors));
        } else {
            LOG.warn("the {} holds vectors of other models ({}; configured: {}): searches use BM25 only; run `paperscope reindex` to "
                    + "rebuild it for the configured models", name(), VectorCommits.describe(committed), VectorCommits.describe(vectors));
        }
    }

    private String name() {
        return passages ? "passage index" : "index";
    }

    private String documentVersion() {
        return passages ? IndexSchema.PASSAGE_DOCUMENT_VERSION : IndexSchema.DOCUMENT_VERSION;
    }

    /**
     * Clears an index without a readable commit, holding the write lock: another process building the
     * first commit at the same moment keeps its lock and files (it is waited for, see the lock failure),
     * and what it committed meanwhile is not wiped.
     */
    private void wipeUnderLock() {
        try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            if (generation() >= 0) {
                return;
            }
            for (String file : directory.listAll()) {
                if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                    directory.deleteFile(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the damaged index: " + e.getMessage(), e);
        }
    }

    /** One pass of a writer: what it adds and deletes, ending with {@link #commit}. */
    private interface WriterPass {
        void run(IndexWriter writer) throws IOException;
    }

    /**
     * Runs {@code pass} with a new writer. A pass that fails is rolled back: nothing of it is committed.
     * One that succeeds has committed; closing the writer then waits for the merges its flushes started
     * and commits them (the same commit data). Without that wait a merge still running at the commit was
     * aborted by the close, so whether a segment's deleted documents were merged away, and with them
     * BM25's document frequencies, depended on timing, and small ingests left segments that were never
     * merged (docs/DECISIONS.md, "Index commits wait for their merges").
     */
    private void write(IndexWriterConfig.OpenMode mode, IndexVectors vectors, WriterPass pass) throws IOException {
        try (IndexWriter writer = writer(mode, vectors)) {
            try {
                pass.run(writer);
            } catch (IOException | RuntimeException | Error e) {
                try {
                    writer.rollback();
                } catch (IOException | RuntimeException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
        }
    }

    private IndexWriter writer(IndexWriterConfig.OpenMode mode, IndexVectors vectors) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(IndexSchema.analyzer());
        config.setOpenMode(mode);
        config.setRAMBufferSizeMB(128);
        config.setMergeScheduler(mergeSchedulers.get());
        config.setCommitOnClose(true); // only after a pass that committed: see write()
        if (vectors != null) {
            config.setCodec(VectorCodecs.codec(vectors.quantization()));
        }
        return new IndexWriter(directory, config);
    }

    private void commit(IndexWriter writer, long generation, IndexVectors vectors) throws IOException {
        Map<String, String> data = new TreeMap<>(VectorCommits.userData(vectors));
        data.put(IndexSchema.GENERATION_KEY, Long.toString(generation));
        data.put(IndexSchema.DOCUMENT_VERSION_KEY, documentVersion());
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
    }

    /** The user data of the latest commit; empty when there is no readable commit. */
    private Map<String, String> commitData() {
        try {
            return SegmentInfos.readLatestCommit(directory).getUserData();
        } catch (IOException e) {
            return Map.of();
        }
    }

    /** The vector spaces of the latest commit, in field order; empty when the index holds no vectors. */
    public List<VectorSpace> vectorSpaces() {
        return VectorCommits.spaces(commitData());
    }

    private void refresh() {
        searchers.refreshBlocking();
    }

    /**
     * Lets searches see the newest commit, also one another process made (its ingest writes the index
     * itself): reopens the reader when the index changed, without blocking searches (they keep the old
     * reader until the new one is ready). Does nothing before the first search, which opens the newest.
     */
    public void refreshReader() {
        searchers.refresh();
    }

    /** Runs {@code work} on a current searcher; the searcher must not escape the call. */
    public <T> T withSearcher(SearcherWork<T> work) {
        return searchers.with(work);
    }

    public Directory directory() {
        return directory;
    }

    /** Work done with an index searcher. */
    @FunctionalInterface
    public interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    @Override
    public synchronized void close() {
        try {
            searchers.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the index", e);
        }
    }
}
