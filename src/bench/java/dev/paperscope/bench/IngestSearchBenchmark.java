package dev.paperscope.bench;

import dev.paperscope.app.EmbeddingSetup;
import dev.paperscope.app.IngestListener;
import dev.paperscope.app.IngestReport;
import dev.paperscope.app.Paperscope;
import dev.paperscope.app.Retriever;
import dev.paperscope.app.SearchOptions;
import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.search.Bm25Params;
import dev.paperscope.search.Bm25Search;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Ingests real conference metadata into a fresh data folder, then times the same queries on the same index,
 * interleaved query by query. {@link Mode#BM25} (the default): Paperscope's BM25 results page (query parsing,
 * BM25, ties by id, snippets, stored fields), Paperscope's ranking alone (parsing, BM25, ties by id), and a bare
 * Lucene {@code IndexSearcher.search(query, k)} given the already-built query. {@link Mode#HYBRID}: the hybrid
 * results page with the folder's embedding models (the query embedded by each, BM25 and k-NN candidates, every
 * candidate scored by every signal, fusion, snippets). {@link Mode#BOTH}: all four. Pages go through
 * {@code Paperscope.search}, the path the CLI and web take, on the folder's backend (embedded or OpenSearch).
 */
public final class IngestSearchBenchmark {
    /** Which results pages to time. */
    public enum Mode {
        BM25, HYBRID, BOTH;

        boolean bm25() {
            return this != HYBRID;
        }

        boolean hybrid() {
            return this != BM25;
        }

        /** {@code bm25}, {@code hybrid} or {@code both}, any case. */
        public static Mode parse(String name) {
            for (Mode m : values()) {
                if (m.name().equalsIgnoreCase(name.strip())) {
                    return m;
                }
            }
            throw new IllegalArgumentException("--mode must be bm25, hybrid or both, not " + name);
        }
    }

    /**
     * What to run. With a hybrid mode, {@code embedding} is the folder's models and {@code vectorCache} (optional)
     * a catalog file whose cached vectors the ingest reuses and to which it adds its own ({@link BenchVectorCache}).
     */
    public record Config(Path corpus, int queries, int warmupRounds, int k, long seed, BenchBackend backend, Mode mode,
                         Optional<EmbeddingSetup> embedding, Optional<Path> vectorCache) {
        public Config {
            java.util.Objects.requireNonNull(backend, "backend");
            java.util.Objects.requireNonNull(mode, "mode");
            java.util.Objects.requireNonNull(embedding, "embedding");
            java.util.Objects.requireNonNull(vectorCache, "vectorCache");
            if (queries < 1 || warmupRounds < 0 || k < 1) {
                throw new IllegalArgumentException("queries and k must be positive, warm-up rounds not negative");
            }
            if (mode.hybrid() && embedding.isEmpty()) {
                throw new IllegalArgumentException("--mode " + mode.name().toLowerCase(java.util.Locale.ROOT) + " needs embedding models");
            }
        }

        /** BM25 pages on this backend, as before hybrid pages were timed. */
        public Config(Path corpus, int queries, int warmupRounds, int k, long seed, BenchBackend backend) {
            this(corpus, queries, warmupRounds, k, seed, backend, Mode.BM25, Optional.empty(), Optional.empty());
        }

        /** On the embedded index. */
        public Config(Path corpus, int queries, int warmupRounds, int k, long seed) {
            this(corpus, queries, warmupRounds, k, seed, BenchBackend.EMBEDDED);
        }
    }

    /**
     * Measured figures; times in milliseconds. The BM25 rows are null in mode hybrid, {@code hybrid} null in mode
     * bm25; {@code cachedVectors} is how many vectors the vector cache gave the ingest (0 without one).
     */
    public record Report(List<String> files, long records, double ingestSeconds, double reindexSeconds,
                         int queries, int k, Percentiles paperscope, Percentiles ranking, Percentiles rawLucene,
                         String java, int cores, String backend, String mode, Percentiles hybrid, List<String> models,
                         long cachedVectors) {
        /** Ratios to the bare searcher: [results page p50, p99, ranking alone p50, p99]; empty without the BM25 rows. */
        public double[] ratios() {
            if (paperscope == null) {
                return new double[0];
            }
            return new double[] {paperscope.p50() / rawLucene.p50(), paperscope.p99() / rawLucene.p99(),
                    ranking.p50() / rawLucene.p50(), ranking.p99() / rawLucene.p99()};
        }
    }

    private IngestSearchBenchmark() {
    }

    public static Report run(Config config) {
        Path dataDir = tempDir();
        try {
            String backend = config.backend().apply(dataDir).backend().externalName();
            Optional<EmbeddingSetup> embedding = config.mode().hybrid() ? config.embedding() : Optional.empty();
            Path catalogFile = dataDir.resolve("catalog.db");
            long cached = embedding.isPresent() ? config.vectorCache().map(c -> BenchVectorCache.seed(c, catalogFile)).orElse(0L) : 0;
            Report report = run(config, dataDir, embedding, backend, cached);
            if (embedding.isPresent()) {
                config.vectorCache().ifPresent(c -> BenchVectorCache.keep(catalogFile, c));
            }
            return report;
        } finally {
            deleteRecursively(dataDir);
        }
    }

    private static Report run(Config config, Path dataDir, Optional<EmbeddingSetup> embedding, String backend, long cached) {
        // without a passage index: the records' results pages never read it (no PDF bodies here), and embedding its
        // passages would double a hybrid run's embedding
        try (Paperscope ps = Paperscope.open(dataDir, embedding, false)) {
            List<Path> files = CopiedCorpus.files(config.corpus());
            long t0 = System.nanoTime();
            IngestReport report = ps.ingest(files, Optional.empty(), IngestListener.NONE);
            double ingestSeconds = (System.nanoTime() - t0) / 1e9;
            if (report.anyFailed()) {
                throw new IllegalStateException("benchmark corpus failed to ingest: " + report.files());
            }
            long t1 = System.nanoTime();
            long records = ps.changes().reindex(n -> { });
            double reindexSeconds = (System.nanoTime() - t1) / 1e9;
            List<SourceRecord> all = new ArrayList<>();
            ps.exportRecords(all::add);
            List<String> queries = BenchQueries.from(all, config.queries(), config.seed());
            Latencies l = measure(ps, queries, config);
            return new Report(files.stream().map(f -> f.getFileName().toString()).toList(), records, ingestSeconds,
                    reindexSeconds, queries.size(), config.k(), percentiles(l.paperscope), percentiles(l.ranking),
                    percentiles(l.raw), Runtime.version().toString(), Runtime.getRuntime().availableProcessors(), backend,
                    config.mode().name().toLowerCase(java.util.Locale.ROOT), percentiles(l.hybrid),
                    embedding.map(e -> e.spaces().stream().map(dev.paperscope.index.VectorSpace::modelId).toList()).orElse(List.of()), cached);
        }
    }

    private static Percentiles percentiles(long[] nanos) {
        return nanos == null ? null : Percentiles.of(nanos);
    }

    /** Each step's latencies, query by query; null for a step the mode does not time. */
    private record Latencies(long[] paperscope, long[] ranking, long[] raw, long[] hybrid) {
    }

    private static Latencies measure(Paperscope ps, List<String> queries, Config config) {
        Bm25Search search = new Bm25Search(Bm25Params.DEFAULT);
        // the results pages as the CLI and web serve them, through the folder's backend (embedded or OpenSearch): the
        // same app path for both, so the two backends' figures compare
        SearchOptions bm25 = SearchOptions.DEFAULT.withRetriever(Retriever.BM25);
        SearchOptions hybrid = SearchOptions.DEFAULT.withRetriever(Retriever.HYBRID);
        List<Query> lucene = queries.stream().map(search::luceneQuery).toList();
        return ps.index().withSearcher(shared -> {
            IndexSearcher raw = search.scoringSearcher(shared);
            List<Timed> steps = new ArrayList<>();
            if (config.mode().bm25()) {
                steps.add(q -> ps.search(queries.get(q), config.k(), bm25).hits().size());
                steps.add(q -> search.rank(search.scoringSearcher(shared), search.luceneQuery(queries.get(q)), config.k()).scoreDocs.length);
                steps.add(q -> raw.search(lucene.get(q), config.k()).scoreDocs.length);
            }
            if (config.mode().hybrid()) {
                steps.add(q -> ps.search(queries.get(q), config.k(), hybrid).hits().size());
            }
            long sink = 0;
            for (int round = 0; round < config.warmupRounds(); round++) {
                for (int i = 0; i < queries.size(); i++) {
                    for (Timed step : steps) {
                        sink += step.run(i);
                    }
                }
            }
            long[][] samples = new long[steps.size()][queries.size()];
            for (int i = 0; i < queries.size(); i++) {
                // Rotate which step goes first so none always enjoys the warmest cache.
                for (int s = 0; s < steps.size(); s++) {
                    int step = (i + s) % steps.size();
                    samples[step][i] = time(steps.get(step), i);
                }
            }
            if (sink < 0) {
                throw new AssertionError("unreachable; keeps the warm-up from being optimised away");
            }
            boolean b = config.mode().bm25();
            return new Latencies(b ? samples[0] : null, b ? samples[1] : null, b ? samples[2] : null,
                    config.mode().hybrid() ? samples[steps.size() - 1] : null);
        });
    }

    @FunctionalInterface
    private interface Work {
        int run() throws IOException;
    }

    /** One timed step of a benchmark, given the query's position; returns a hit count so nothing is optimised away. */
    @FunctionalInterface
    interface Timed {
        int run(int query) throws IOException;
    }

    static long time(Timed step, int query) throws IOException {
        return time(() -> step.run(query));
    }

    private static long time(Work work) throws IOException {
        long t = System.nanoTime();
        int n = work.run();
        long elapsed = System.nanoTime() - t;
        if (n < 0) {
            throw new AssertionError("negative hit count");
        }
        return elapsed;
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("paperscope-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteRecursively(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove benchmark folder " + dir, e);
        }
    }
}
