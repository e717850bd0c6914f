package dev.paperscope.bench;

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
 * Ingests real conference metadata into a fresh data folder, then times the same queries three ways on
 * the same index, interleaved query by query: Paperscope's results page (query parsing, BM25, ties by
 * id, snippets, stored fields), Paperscope's ranking alone (parsing, BM25, ties by id), and a bare Lucene
 * {@code IndexSearcher.search(query, k)} given the already-built query.
 */
public final class IngestSearchBenchmark {
    /** What to run. */
    public record Config(Path corpus, int queries, int warmupRounds, int k, long seed, BenchBackend backend) {
        public Config {
            java.util.Objects.requireNonNull(backend, "backend");
            if (queries < 1 || warmupRounds < 0 || k < 1) {
                throw new IllegalArgumentException("queries and k must be positive, warm-up rounds not negative");
            }
        }

        /** On the embedded index. */
        public Config(Path corpus, int queries, int warmupRounds, int k, long seed) {
            this(corpus, queries, warmupRounds, k, seed, BenchBackend.EMBEDDED);
        }
    }

    /** Measured figures; times in milliseconds. */
    public record Report(List<String> files, long records, double ingestSeconds, double reindexSeconds,
                         int queries, int k, Percentiles paperscope, Percentiles ranking, Percentiles rawLucene,
                         String java, int cores, String backend) {
        /** Ratios to the bare searcher: [results page p50, p99, ranking alone p50, p99]. */
        public double[] ratios() {
            return new double[] {paperscope.p50() / rawLucene.p50(), paperscope.p99() / rawLucene.p99(),
                    ranking.p50() / rawLucene.p50(), ranking.p99() / rawLucene.p99()};
        }
    }

    private IngestSearchBenchmark() {
    }

    public static Report run(Config config) {
        Path dataDir = tempDir();
        String backend = config.backend().apply(dataDir).backend().externalName();
        try (Paperscope ps = Paperscope.open(dataDir)) {
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
                    reindexSeconds, queries.size(), config.k(), Percentiles.of(l.paperscope), Percentiles.of(l.ranking),
                    Percentiles.of(l.raw), Runtime.version().toString(), Runtime.getRuntime().availableProcessors(), backend);
        } finally {
            deleteRecursively(dataDir);
        }
    }

    private record Latencies(long[] paperscope, long[] ranking, long[] raw) {
    }

    private static Latencies measure(Paperscope ps, List<String> queries, Config config) {
        Bm25Search search = new Bm25Search(Bm25Params.DEFAULT);
        // the results page as the CLI and web serve it, through the folder's backend (embedded or OpenSearch): the
        // same app path for both, so the two backends' figures compare
        SearchOptions bm25 = SearchOptions.DEFAULT.withRetriever(Retriever.BM25);
        Timed page = q -> ps.search(queries.get(q), config.k(), bm25).hits().size();
        List<Query> lucene = queries.stream().map(search::luceneQuery).toList();
        return ps.index().withSearcher(shared -> {
            IndexSearcher raw = search.scoringSearcher(shared);
            long sink = 0;
            for (int round = 0; round < config.warmupRounds(); round++) {
                for (int i = 0; i < queries.size(); i++) {
                    sink += page.run(i);
                    sink += raw.search(lucene.get(i), config.k()).scoreDocs.length;
                }
            }
            long[] ours = new long[queries.size()];
            long[] ranking = new long[queries.size()];
            long[] bare = new long[queries.size()];
            for (int i = 0; i < queries.size(); i++) {
                final int q = i;
                // Rotate which side goes first so none always enjoys the warmest cache.
                for (int step = 0; step < 3; step++) {
                    switch ((i + step) % 3) {
                        case 0 -> ours[q] = time(page, q);
                        case 1 -> ranking[q] = time(() -> search.rank(search.scoringSearcher(shared),
                                search.luceneQuery(queries.get(q)), config.k()).scoreDocs.length);
                        default -> bare[q] = time(() -> raw.search(lucene.get(q), config.k()).scoreDocs.length);
                    }
                }
            }
            if (sink < 0) {
                throw new AssertionError("unreachable; keeps the warm-up from being optimised away");
            }
            return new Latencies(ours, ranking, bare);
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
