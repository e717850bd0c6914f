package dev.paperscope.bench;

import dev.paperscope.app.EmbeddingSetup;
import dev.paperscope.app.IngestListener;
import dev.paperscope.app.Paperscope;
import dev.paperscope.eval.AskEvaluation;
import dev.paperscope.eval.AskQuestion;
import dev.paperscope.web.PaperscopeServer;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Latency of {@code ask} as users meet it: the files (NeurIPS 2023 and the seed pages by default) are ingested into a
 * temporary data folder (or an existing folder is opened, with the embedding models given, as {@code serve} opens it),
 * the server starts on loopback (a free port), and one client at a time sends the questions of the built-in
 * question set (seeded order) to {@code GET /api/v1/ask}: a warm-up, then a timed run. Every answer other than 200
 * counts as an error.
 *
 * @param files     files to ingest into a temporary folder; empty when {@code data} is given
 * @param data      an existing data folder to open instead (its files are not touched), or null
 * @param models    the embedding models to open {@code data} with (empty: BM25 only)
 */
public final class AskBenchmark {
    private AskBenchmark() {
    }

    public record Config(List<Path> files, Path data, Optional<EmbeddingSetup> models, Duration warmup, Duration duration, long seed) {
        public Config {
            files = List.copyOf(files);
            Objects.requireNonNull(models, "models");
            if (files.isEmpty() == (data == null)) {
                throw new IllegalArgumentException("give files to ingest or a data folder, not both");
            }
            if (duration.isNegative() || duration.isZero() || warmup.isNegative() || duration.compareTo(Duration.ofMinutes(10)) > 0) {
                throw new IllegalArgumentException("duration 1 s..10 min, warm-up >= 0");
            }
        }
    }

    public record Report(List<String> files, long records, long passages, String retrieval, int questions, double seconds, long requests,
                         long errors, Map<Integer, Long> statuses, Percentiles latency, String java, int cores) {
    }

    public static Report run(Config config) throws IOException, InterruptedException {
        Path data = config.data() != null ? config.data() : Files.createTempDirectory("paperscope-ask-bench");
        try (Paperscope ps = Paperscope.open(data, config.models())) {
            if (config.data() == null) {
                ps.ingest(config.files(), Optional.empty(), IngestListener.NONE);
            }
            List<String> questions = new ArrayList<>(AskEvaluation.loadResource().stream().map(AskQuestion::question).toList());
            Collections.shuffle(questions, new Random(config.seed()));
            try (PaperscopeServer server = PaperscopeServer.start(ps, PaperscopeServer.Settings.ephemeral());
                 HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
                List<URI> uris = questions.stream().map(q -> server.url().resolve("/api/v1/ask?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                        .toList();
                Map<Integer, Long> statuses = new TreeMap<>();
                run(http, uris, config.warmup(), new TreeMap<>());
                long t0 = System.nanoTime();
                long[] latencies = run(http, uris, config.duration(), statuses);
                double seconds = (System.nanoTime() - t0) / 1e9;
                long errors = statuses.entrySet().stream().filter(e -> e.getKey() != 200).mapToLong(Map.Entry::getValue).sum();
                return new Report(config.files().stream().map(p -> p.getFileName().toString()).toList(), ps.recordCount(), ps.passages().count(),
                        ps.answers().retrieval(), questions.size(), seconds, latencies.length, errors, statuses, Percentiles.of(latencies),
                        Runtime.version().toString(), Runtime.getRuntime().availableProcessors());
            }
        } finally {
            if (config.data() == null) {
                IngestSearchBenchmark.deleteRecursively(data);
            }
        }
    }

    /** Sends the questions one after another (cycling) until {@code duration} has passed: one client of {@link HttpBenchmark}. */
    private static long[] run(HttpClient http, List<URI> uris, Duration duration, Map<Integer, Long> statuses) {
        return HttpBenchmark.client(http, uris, new java.util.concurrent.atomic.AtomicInteger(), System.nanoTime() + duration.toNanos(), statuses);
    }

    /** The seed pages of a folder (its .txt and .html files), sorted by name. */
    public static List<Path> seedPages(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.toString().matches(".*\\.(txt|html?)$")).sorted().toList();
        }
    }
}
