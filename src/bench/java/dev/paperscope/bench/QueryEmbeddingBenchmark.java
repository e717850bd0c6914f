package dev.paperscope.bench;

import dev.paperscope.search.QueryParts;
import dev.paperscope.search.dense.Embedder;
import dev.paperscope.search.dense.EmbeddingModels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a search pays to embed its query, per model: one query at a time, as a search does. Queries are
 * the free text of the benchmark query mix drawn from real records' titles (2–4 words). One model at a
 * time, alone in the process as in a search: ONNX Runtime's thread pools spin while idle, so models
 * loaded side by side slowed each other down about threefold (measured).
 */
public final class QueryEmbeddingBenchmark {
    private static final int WARMUP = 50;

    /** What to run; an empty model list means every model. */
    public record Config(Path texts, int queries, List<String> models, long seed) {
        public Config {
            Objects.requireNonNull(texts, "texts");
            models = models.isEmpty() ? EmbeddingModels.names() : List.copyOf(models);
            if (queries < 1) {
                throw new IllegalArgumentException("queries must be positive: " + queries);
            }
        }
    }

    public record Row(String model, double loadSeconds, Percentiles latency) {
    }

    public record Report(String texts, int queries, double meanWords, List<Row> rows, String java, int cores) {
    }

    private QueryEmbeddingBenchmark() {
    }

    public static Report run(Config config) {
        List<String> queries = queries(config.texts(), config.queries(), config.seed());
        List<Row> rows = new ArrayList<>();
        for (String model : config.models()) {
            rows.add(measure(model, queries));
        }
        double words = queries.stream().mapToInt(s -> s.split("\\s+").length).average().orElse(0);
        return new Report(config.texts().toString(), queries.size(), words, rows, Runtime.version().toString(),
                Runtime.getRuntime().availableProcessors());
    }

    private static Row measure(String model, List<String> queries) {
        long t0 = System.nanoTime();
        try (Embedder embedder = EmbeddingModels.open(model)) {
            double load = (System.nanoTime() - t0) / 1e9;
            for (int i = 0; i < WARMUP; i++) {
                embedder.embedQueries(List.of(queries.get(i % queries.size())));
            }
            long[] nanos = new long[queries.size()];
            for (int q = 0; q < queries.size(); q++) {
                long t = System.nanoTime();
                embedder.embedQueries(List.of(queries.get(q)));
                nanos[q] = System.nanoTime() - t;
            }
            return new Row(embedder.modelId(), load, Percentiles.of(nanos));
        }
    }

    /** The free text of the seeded query mix, queries without any (author or year only) left out. */
    static List<String> queries(Path file, int count, long seed) {
        List<String> out = BenchQueries.from(EmbeddingBenchmark.records(file), count * 2, seed).stream()
                .map(q -> QueryParts.of(q).freeText()).filter(t -> !t.isBlank()).limit(count).toList();
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no titles to draw queries from in " + file);
        }
        return out;
    }
}
