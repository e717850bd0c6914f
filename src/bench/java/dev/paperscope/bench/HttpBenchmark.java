package dev.paperscope.bench;

import dev.paperscope.app.IngestListener;
import dev.paperscope.app.Paperscope;
import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.web.PaperscopeServer;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load test of the HTTP search API: the conference corpus is ingested into a temporary data folder, the
 * server starts on loopback (a free port), and N concurrent clients send seeded queries to
 * {@code /api/v1/search} (first page of 10, with facets) for a bounded time, after a warm-up. Every
 * answer other than 200 counts as an error.
 */
public final class HttpBenchmark {
    private HttpBenchmark() {
    }

    public record Config(Path corpus, int clients, Duration warmup, Duration duration, int queries, long seed, int limit, BenchBackend backend) {
        public Config {
            Objects.requireNonNull(corpus, "corpus");
            Objects.requireNonNull(backend, "backend");
            if (clients < 1 || clients > 256 || queries < 1 || limit < 1 || limit > 100 || duration.isNegative() || duration.isZero()
                    || warmup.isNegative() || duration.compareTo(Duration.ofMinutes(10)) > 0) {
                throw new IllegalArgumentException("clients 1..256, queries >= 1, limit 1..100, duration 1 s..10 min");
            }
        }

        /** On the embedded index. */
        public Config(Path corpus, int clients, Duration warmup, Duration duration, int queries, long seed, int limit) {
            this(corpus, clients, warmup, duration, queries, seed, limit, BenchBackend.EMBEDDED);
        }
    }

    public record Report(List<String> files, long records, int clients, double seconds, long requests, long errors,
                         Map<Integer, Long> statuses, double requestsPerSecond, Percentiles latency, String java, int cores) {
    }

    public static Report run(Config config) throws IOException, InterruptedException {
        Path data = Files.createTempDirectory("paperscope-http-bench");
        config.backend().apply(data);
        try (Paperscope ps = Paperscope.open(data)) {
            List<Path> files = CopiedCorpus.files(config.corpus());
            ps.ingest(files, Optional.empty(), IngestListener.NONE);
            List<SourceRecord> records = new ArrayList<>();
            ps.exportRecords(records::add);
            List<String> queries = BenchQueries.from(records, config.queries(), config.seed());
            try (PaperscopeServer server = PaperscopeServer.start(ps, PaperscopeServer.Settings.ephemeral());
                 HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
                List<URI> uris = queries.stream().map(q -> server.url().resolve("/api/v1/search?limit=" + config.limit()
                        + "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).toList();
                load(http, uris, config.clients(), config.warmup());
                long t0 = System.nanoTime();
                Load measured = load(http, uris, config.clients(), config.duration());
                double seconds = (System.nanoTime() - t0) / 1e9;
                long errors = measured.statuses.entrySet().stream().filter(e -> e.getKey() != 200).mapToLong(Map.Entry::getValue).sum();
                return new Report(files.stream().map(p -> p.getFileName().toString()).toList(), ps.recordCount(), config.clients(), seconds,
                        measured.latencies.length, errors, measured.statuses, measured.latencies.length / seconds,
                        Percentiles.of(measured.latencies), Runtime.version().toString(), Runtime.getRuntime().availableProcessors());
            }
        } finally {
            IngestSearchBenchmark.deleteRecursively(data);
        }
    }

    private record Load(long[] latencies, Map<Integer, Long> statuses) {
    }

    /** {@code clients} threads each send one request after another until {@code duration} has passed. */
    private static Load load(HttpClient http, List<URI> uris, int clients, Duration duration) throws InterruptedException {
        if (duration.isZero()) {
            return new Load(new long[0], Map.of());
        }
        long end = System.nanoTime() + duration.toNanos();
        AtomicInteger next = new AtomicInteger();
        Map<Integer, Long> statuses = new ConcurrentHashMap<>();
        List<Future<long[]>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> client(http, uris, next, end, statuses)));
            }
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            try {
                all.add(f.get());
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("a load client failed: " + e.getCause(), e.getCause());
            }
        }
        long[] latencies = all.stream().flatMapToLong(java.util.Arrays::stream).toArray();
        return new Load(latencies, new TreeMap<>(statuses));
    }

    static long[] client(HttpClient http, List<URI> uris, AtomicInteger next, long end, Map<Integer, Long> statuses) {
        long[] latencies = new long[1024];
        int n = 0;
        while (System.nanoTime() < end) {
            URI uri = uris.get(Math.floorMod(next.getAndIncrement(), uris.size()));
            long t0 = System.nanoTime();
            int status;
            try {
                status = http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray()).statusCode();
            } catch (IOException e) {
                status = -1; // a connection failure is an error, counted under -1
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (n == latencies.length) {
                latencies = java.util.Arrays.copyOf(latencies, n * 2);
            }
            latencies[n++] = System.nanoTime() - t0;
            statuses.merge(status, 1L, Long::sum);
        }
        return java.util.Arrays.copyOf(latencies, n);
    }
}
