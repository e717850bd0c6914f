package dev.paperscope.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperscope.app.IngestListener;
import dev.paperscope.app.Paperscope;
import dev.paperscope.catalog.StoredWork;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load test of the HTTP API with reads and writes mixed ({@code bench --http --mixed}): the corpus plus a
 * generated schedule of talks ({@link BenchSchedule}) in a fresh data folder, the real server on loopback,
 * and N clients, each drawing every request from a seeded mix: searches, author pages, work pages, the
 * agenda, stars (PUT /agenda/{talk}) and reading-list adds (POST /lists/{name}/items). Each write names a
 * talk or record not written before, so at the end every acknowledged write must be found in the agenda
 * or its list: a missing one counts as lost. Any status other than the expected one counts as an error.
 */
public final class MixedHttpBenchmark {
    /** Lists the adds are spread over, so no list grows past a few dozen items (each add answers with its whole list). */
    static final int LISTS = 16;
    private static final ObjectMapper JSON = new ObjectMapper();

    private MixedHttpBenchmark() {
    }

    public record Config(Path corpus, int clients, Duration warmup, Duration duration, int queries, long seed, int talks) {
        public Config {
            Objects.requireNonNull(corpus, "corpus");
            if (clients < 1 || clients > 256 || queries < 1 || talks < 1 || talks > 100_000 || duration.isNegative() || duration.isZero()
                    || warmup.isNegative() || duration.compareTo(Duration.ofMinutes(10)) > 0) {
                throw new IllegalArgumentException("clients 1..256, queries >= 1, talks 1..100000, duration 1 s..10 min");
            }
        }
    }

    /** Latencies of reads and writes apart and together; writes acknowledged (warm-up included) and lost. */
    public record Report(List<String> files, long records, int talks, int clients, double seconds, long requests, long errors,
                         Map<String, Long> statuses, double requestsPerSecond, Percentiles all, Percentiles reads, Percentiles writes,
                         Map<String, Percentiles> byKind, long writesAcknowledged, long writesLost, String java, int cores) {
    }

    enum Kind {
        SEARCH(40, false), AUTHOR(15, false), WORK(10, false), AGENDA(10, false), STAR(15, true), LIST_ADD(10, true);

        final int weight;
        final boolean write;

        Kind(int weight, boolean write) {
            this.weight = weight;
            this.write = write;
        }

        static Kind draw(Random random) {
            int r = random.nextInt(100);
            for (Kind k : values()) {
                r -= k.weight;
                if (r < 0) {
                    return k;
                }
            }
            throw new IllegalStateException("weights must add up to 100");
        }
    }

    public static Report run(Config config) throws IOException, InterruptedException {
        Path data = Files.createTempDirectory("paperscope-mixed-bench");
        try (Paperscope ps = Paperscope.open(data)) {
            List<Path> files = new ArrayList<>(CopiedCorpus.files(config.corpus()));
            List<SourceRecord> corpus = new ArrayList<>();
            ps.ingest(files, Optional.empty(), IngestListener.NONE);
            ps.exportRecords(corpus::add);
            files.add(BenchSchedule.write(corpus, config.talks(), config.seed(), data.resolve("bench-schedule.jsonl")));
            ps.ingest(List.of(files.getLast()), Optional.empty(), IngestListener.NONE);
            List<SourceRecord> records = new ArrayList<>();
            ps.exportRecords(records::add);
            Targets targets = Targets.of(records, ps.works().all(), config);
            try (PaperscopeServer server = PaperscopeServer.start(ps, PaperscopeServer.Settings.ephemeral());
                 HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
                Client client = new Client(http, server.url(), server.writeToken().orElse(""), targets);
                for (int i = 0; i < LISTS; i++) {
                    client.expect(client.post("/api/v1/lists", "{\"name\":\"bench-" + i + "\"}"), 201);
                }
                client.load(config.clients(), config.warmup(), config.seed());
                client.resetTimings();
                long t0 = System.nanoTime();
                client.load(config.clients(), config.duration(), config.seed() + 1);
                double seconds = (System.nanoTime() - t0) / 1e9;
                long lost = client.lostWrites();
                Timings t = client.timings;
                return new Report(files.stream().map(p -> p.getFileName().toString()).toList(), ps.recordCount(), config.talks(),
                        config.clients(), seconds, t.count(), t.errors(), new TreeMap<>(t.statuses), t.count() / seconds,
                        t.percentiles(null), t.percentiles(false), t.percentiles(true), t.byKind(), client.acknowledged(), lost,
                        Runtime.version().toString(), Runtime.getRuntime().availableProcessors());
            }
        } finally {
            IngestSearchBenchmark.deleteRecursively(data);
        }
    }

    /** What requests name: seeded queries, author names, work ids, and talks and records in a seeded order for writes. */
    private record Targets(List<String> queries, List<String> authors, List<String> works, List<String> talks, List<String> records) {
        static Targets of(List<SourceRecord> records, List<StoredWork> works, Config config) {
            Random random = new Random(config.seed());
            List<String> authors = records.stream().flatMap(r -> r.authors().stream()).distinct().sorted().toList();
            List<String> talks = new ArrayList<>(records.stream().filter(r -> r.start() != null).map(SourceRecord::id).sorted().toList());
            List<String> papers = new ArrayList<>(records.stream().filter(r -> r.start() == null).map(SourceRecord::id).sorted().toList());
            java.util.Collections.shuffle(talks, random);
            java.util.Collections.shuffle(papers, random);
            List<String> sampledAuthors = new ArrayList<>();
            for (int i = 0; i < Math.min(500, authors.size()); i++) {
                sampledAuthors.add(authors.get(random.nextInt(authors.size())));
            }
            List<String> workIds = works.stream().map(StoredWork::id).toList();
            List<String> sampledWorks = new ArrayList<>();
            for (int i = 0; i < Math.min(500, workIds.size()); i++) {
                sampledWorks.add(workIds.get(random.nextInt(workIds.size())));
            }
            return new Targets(BenchQueries.from(records, config.queries(), config.seed()), sampledAuthors, sampledWorks, talks, papers);
        }
    }

    /** Latencies and statuses of every request, reads and writes apart. */
    private static final class Timings {
        private final List<long[]> samples = java.util.Collections.synchronizedList(new ArrayList<>());
        private final Map<String, Long> statuses = new ConcurrentHashMap<>();

        void add(Kind kind, long nanos, boolean write, boolean ok, String status) {
            samples.add(new long[] {nanos, write ? 1 : 0, ok ? 0 : 1, kind.ordinal()});
            statuses.merge(status, 1L, Long::sum);
        }

        long count() {
            return samples.size();
        }

        long errors() {
            synchronized (samples) {
                return samples.stream().filter(s -> s[2] == 1).count();
            }
        }

        /** Percentiles per kind of request, in {@link Kind} order. */
        Map<String, Percentiles> byKind() {
            Map<String, Percentiles> out = new java.util.LinkedHashMap<>();
            for (Kind k : Kind.values()) {
                long[] nanos;
                synchronized (samples) {
                    nanos = samples.stream().filter(s -> s[3] == k.ordinal()).mapToLong(s -> s[0]).toArray();
                }
                if (nanos.length > 0) {
                    out.put(k.name().toLowerCase(java.util.Locale.ROOT), Percentiles.of(nanos));
                }
            }
            return out;
        }

        /** Percentiles of writes ({@code true}), reads ({@code false}) or all ({@code null}); null when there are none. */
        Percentiles percentiles(Boolean writes) {
            long[] nanos;
            synchronized (samples) {
                nanos = samples.stream().filter(s -> writes == null || (s[1] == 1) == writes).mapToLong(s -> s[0]).toArray();
            }
            return nanos.length == 0 ? null : Percentiles.of(nanos);
        }
    }

    private static final class Client {
        private final HttpClient http;
        private final URI base;
        private final String token;
        private final Targets targets;
        private final AtomicInteger nextTalk = new AtomicInteger();
        private final AtomicInteger nextRecord = new AtomicInteger();
        private final Set<String> starred = ConcurrentHashMap.newKeySet();
        private final Map<String, String> listed = new ConcurrentHashMap<>();
        private Timings timings = new Timings();

        Client(HttpClient http, URI base, String token, Targets targets) {
            this.http = http;
            this.base = base;
            this.token = token;
            this.targets = targets;
        }

        void resetTimings() {
            timings = new Timings();
        }

        long acknowledged() {
            return starred.size() + listed.size();
        }

        void load(int clients, Duration duration, long seed) throws InterruptedException {
            if (duration.isZero()) {
                return;
            }
            long end = System.nanoTime() + duration.toNanos();
            List<Future<?>> futures = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
                for (int c = 0; c < clients; c++) {
                    Random random = new Random(seed * 1_000 + c);
                    futures.add(pool.submit(() -> {
                        while (System.nanoTime() < end) {
                            one(Kind.draw(random), random);
                        }
                        return null;
                    }));
                }
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("a load client failed: " + e.getCause(), e.getCause());
                }
            }
        }

        private void one(Kind kind, Random random) {
            String talk = null;
            String record = null;
            String list = null;
            HttpRequest request = switch (kind) {
                case SEARCH -> get("/api/v1/search?limit=10&q=" + enc(pick(targets.queries(), random)));
                case AUTHOR -> get("/api/v1/authors?name=" + enc(pick(targets.authors(), random)));
                case WORK -> get("/api/v1/works/" + enc(pick(targets.works(), random)));
                case AGENDA -> get("/api/v1/agenda");
                case STAR -> {
                    talk = targets.talks().get(Math.floorMod(nextTalk.getAndIncrement(), targets.talks().size()));
                    yield write("/api/v1/agenda/" + enc(talk), "PUT", "");
                }
                case LIST_ADD -> {
                    int n = nextRecord.getAndIncrement();
                    if (n >= targets.records().size()) {
                        yield get("/api/v1/agenda"); // every record is listed already: read instead
                    }
                    record = targets.records().get(n);
                    list = "bench-" + Math.floorMod(n, LISTS);
                    yield write("/api/v1/lists/" + list + "/items", "POST", "{\"id\":\"" + record + "\"}");
                }
            };
            long t0 = System.nanoTime();
            String status;
            boolean ok;
            try {
                int code = http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
                status = Integer.toString(code);
                ok = code == (kind == Kind.LIST_ADD && record != null ? 201 : 200);
            } catch (IOException e) {
                status = "connection failed";
                ok = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            timings.add(kind, System.nanoTime() - t0, kind.write && (talk != null || record != null), ok, status);
            if (ok && talk != null) {
                starred.add(talk);
            } else if (ok && record != null) {
                listed.put(record, list);
            }
        }

        /** Acknowledged stars missing from the agenda, and acknowledged adds missing from their list. */
        long lostWrites() throws IOException, InterruptedException {
            Set<String> agenda = new HashSet<>();
            // a star is kept on the talk's work: an acknowledged star is there when an entry is its work or was starred through it
            JSON.readTree(expect(get("/api/v1/agenda"), 200)).get("entries").forEach(e -> {
                agenda.add(e.get("id").asText());
                e.path("starred_records").forEach(r -> agenda.add(r.asText()));
            });
            long lost = starred.stream().filter(id -> !agenda.contains(id)).count();
            Set<String> items = new HashSet<>();
            for (int i = 0; i < LISTS; i++) {
                JsonNode list = JSON.readTree(expect(get("/api/v1/lists/bench-" + i), 200));
                for (JsonNode item : list.get("items")) {
                    items.add("bench-" + i + "\u0000" + item.get("id").asText());
                }
            }
            return lost + listed.entrySet().stream().filter(e -> !items.contains(e.getValue() + "\u0000" + e.getKey())).count();
        }

        String expect(HttpRequest request, int status) throws IOException, InterruptedException {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != status) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        }

        HttpRequest get(String path) {
            return HttpRequest.newBuilder(base.resolve(path)).GET().build();
        }

        HttpRequest post(String path, String body) {
            return write(path, "POST", body);
        }

        private HttpRequest write(String path, String method, String body) {
            return HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        }

        private static String pick(List<String> values, Random random) {
            return values.get(random.nextInt(values.size()));
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
