package dev.paperscope.bench;

import dev.paperscope.ingest.Formats;
import dev.paperscope.ingest.ParseException;
import dev.paperscope.ingest.SourceDocument;
import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.search.dense.Embedder;
import dev.paperscope.search.dense.EmbedderConfig;
import dev.paperscope.search.dense.EmbeddingCache;
import dev.paperscope.search.dense.EmbeddingModels;
import dev.paperscope.search.dense.Passage;
import dev.paperscope.search.dense.Vectors;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Embedding throughput (passages per second) of each model: our batched ONNX embedder at several batch
 * sizes and windows, next to langchain4j's own {@code embedAll} on the same passages in the same run.
 * Passages are title and abstract of real records, fed in chunks of {@link EmbeddingCache#DEFAULT_CHUNK}
 * as the cache feeds them. Each configuration is warmed up on the first 32 passages, then timed once over
 * all. Batched vectors are compared with langchain4j's (cosine), which shows what batching and
 * truncation change.
 */
public final class EmbeddingBenchmark {
    private static final int WARMUP_TEXTS = 32;

    /** What to run; an empty model list means every model. */
    public record Config(Path texts, int docs, List<String> models, List<Integer> batchSizes, List<Integer> maxTokens,
                         boolean reference, int threads) {
        public Config {
            Objects.requireNonNull(texts, "texts");
            models = models.isEmpty() ? EmbeddingModels.names() : List.copyOf(models);
            batchSizes = List.copyOf(batchSizes);
            maxTokens = List.copyOf(maxTokens);
            if (docs < 1 || threads < 1 || batchSizes.isEmpty() || maxTokens.isEmpty()) {
                throw new IllegalArgumentException("docs, threads, batch sizes and windows must be given and positive");
            }
        }
    }

    /**
     * One measured configuration; {@code maxTokens} is the window actually used (the model's own caps the
     * configured one). For langchain4j, {@code batchSize} is 1 (one call per text) and {@code maxTokens}
     * 0: it splits texts into 510-token parts and averages them, and its tokenizer may truncate each part
     * further (MiniLM's tokenizer.json says 128). Cosines are NaN when langchain4j did not run.
     */
    public record Row(String model, String method, int batchSize, int maxTokens, double loadSeconds, double seconds,
                      double docsPerSecond, double minCosine, double meanCosine) {
    }

    public record Report(String texts, int docs, double meanChars, List<Row> rows, String java, int cores) {
    }

    private EmbeddingBenchmark() {
    }

    /** Runs every configuration; {@code onRow} sees each row as soon as it is measured. */
    public static Report run(Config config, Consumer<Row> onRow) {
        List<String> passages = passages(config.texts(), config.docs());
        List<Row> rows = new ArrayList<>();
        for (String model : config.models()) {
            List<float[]> reference = null;
            if (config.reference()) {
                Measured m = measure(() -> EmbeddingModels.openReference(model, config.threads()), passages);
                reference = m.vectors();
                rows.add(publish(onRow, m.row(model, "langchain4j embedAll", 1, 0, null)));
            }
            for (int tokens : config.maxTokens()) {
                for (int batch : config.batchSizes()) {
                    EmbedderConfig ec = new EmbedderConfig(tokens, batch, config.threads());
                    Measured m = measure(() -> EmbeddingModels.open(model, ec), passages);
                    rows.add(publish(onRow, m.row(model, "batched ONNX", batch, Math.min(tokens, EmbeddingModels.window(model)), reference)));
                }
            }
        }
        double meanChars = passages.stream().mapToInt(String::length).average().orElse(0);
        return new Report(config.texts().toString(), passages.size(), meanChars, rows, Runtime.version().toString(),
                Runtime.getRuntime().availableProcessors());
    }

    private static Row publish(Consumer<Row> onRow, Row row) {
        onRow.accept(row);
        return row;
    }

    private record Measured(double loadSeconds, double seconds, List<float[]> vectors) {
        Row row(String model, String method, int batch, int tokens, List<float[]> reference) {
            double min = Double.NaN;
            double sum = 0;
            if (reference != null) {
                min = 1;
                for (int i = 0; i < vectors.size(); i++) {
                    double c = Vectors.cosine(vectors.get(i), reference.get(i));
                    min = Math.min(min, c);
                    sum += c;
                }
            }
            return new Row(model, method, batch, tokens, loadSeconds, seconds, vectors.size() / seconds, min,
                    reference == null ? Double.NaN : sum / vectors.size());
        }
    }

    private static Measured measure(Supplier<Embedder> opener, List<String> passages) {
        long t0 = System.nanoTime();
        try (Embedder embedder = opener.get()) {
            double load = (System.nanoTime() - t0) / 1e9;
            embedder.embedPassages(passages.subList(0, Math.min(WARMUP_TEXTS, passages.size())));
            List<float[]> vectors = new ArrayList<>(passages.size());
            long t1 = System.nanoTime();
            for (int from = 0; from < passages.size(); from += EmbeddingCache.DEFAULT_CHUNK) {
                vectors.addAll(embedder.embedPassages(passages.subList(from, Math.min(from + EmbeddingCache.DEFAULT_CHUNK, passages.size()))));
            }
            return new Measured(load, (System.nanoTime() - t1) / 1e9, vectors);
        }
    }

    /** Passage texts of the first {@code docs} records that have an abstract, in file order. */
    static List<String> passages(Path file, int docs) {
        try {
            List<SourceRecord> records = Formats.parse(SourceDocument.read(file), Optional.empty()).records();
            List<String> out = records.stream().filter(r -> r.abstractText() != null)
                    .map(r -> Passage.of(r).orElseThrow().text()).limit(docs).toList();
            if (out.isEmpty()) {
                throw new IllegalArgumentException("no records with an abstract in " + file);
            }
            return out;
        } catch (ParseException e) {
            throw new IllegalArgumentException("cannot read benchmark texts " + file + ": " + e.getMessage(), e);
        }
    }
}
