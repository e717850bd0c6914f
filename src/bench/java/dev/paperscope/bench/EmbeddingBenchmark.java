package dev.paperscope.bench;

import dev.paperscope.ingest.Formats;
import dev.paperscope.ingest.ParseException;
import dev.paperscope.ingest.SourceDocument;
import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.search.dense.Embedder;
import dev.paperscope.search.dense.EmbedderConfig;
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
 * Passages are title and abstract of real records. All configurations of a model are loaded and warmed
 * up on the first 32 passages, then take turns on chunks of 64 passages (the cache feeds 256 at a time,
 * so length sorting saves a little more in production). Batched vectors are compared with langchain4j's
 * (cosine), which shows what batching and truncation change.
 */
public final class EmbeddingBenchmark {
    private static final int WARMUP_TEXTS = 32;
    /** Passages each configuration embeds before the next takes its turn. */
    private static final int INTERLEAVED_CHUNK = 64;

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

    /** Runs every configuration; {@code onRow} sees each model's rows as soon as they are measured. */
    public static Report run(Config config, Consumer<Row> onRow) {
        List<String> passages = passages(config.texts(), config.docs());
        List<Row> rows = new ArrayList<>();
        for (String model : config.models()) {
            for (Row row : measureModel(model, config, passages)) {
                rows.add(row);
                onRow.accept(row);
            }
        }
        double meanChars = passages.stream().mapToInt(String::length).average().orElse(0);
        return new Report(config.texts().toString(), passages.size(), meanChars, rows, Runtime.version().toString(),
                Runtime.getRuntime().availableProcessors());
    }

    /** One configuration under test: how to open it and what its row says. */
    private record Setup(String method, int batchSize, int maxTokens, Supplier<Embedder> opener) {
    }

    private static List<Setup> setups(String model, Config config) {
        List<Setup> setups = new ArrayList<>();
        if (config.reference()) {
            setups.add(new Setup("langchain4j embedAll", 1, 0, () -> EmbeddingModels.openReference(model, config.threads())));
        }
        for (int tokens : config.maxTokens()) {
            for (int batch : config.batchSizes()) {
                EmbedderConfig ec = new EmbedderConfig(tokens, batch, config.threads());
                setups.add(new Setup("batched ONNX", batch, Math.min(tokens, EmbeddingModels.window(model)),
                        () -> EmbeddingModels.open(model, ec)));
            }
        }
        return setups;
    }

    /**
     * Opens every configuration of the model, then feeds the same chunks to each in turn (rotating which
     * goes first), so load from other processes on a shared machine falls on all of them alike.
     */
    private static List<Row> measureModel(String model, Config config, List<String> passages) {
        List<Setup> setups = setups(model, config);
        List<Embedder> embedders = new ArrayList<>();
        try {
            double[] load = new double[setups.size()];
            for (int i = 0; i < setups.size(); i++) {
                long t = System.nanoTime();
                embedders.add(setups.get(i).opener().get());
                load[i] = (System.nanoTime() - t) / 1e9;
                embedders.get(i).embedPassages(passages.subList(0, Math.min(WARMUP_TEXTS, passages.size())));
            }
            long[] nanos = new long[setups.size()];
            List<List<float[]>> vectors = new ArrayList<>();
            setups.forEach(s -> vectors.add(new ArrayList<>()));
            for (int from = 0, round = 0; from < passages.size(); from += INTERLEAVED_CHUNK, round++) {
                List<String> chunk = passages.subList(from, Math.min(from + INTERLEAVED_CHUNK, passages.size()));
                for (int step = 0; step < setups.size(); step++) {
                    int i = (round + step) % setups.size();
                    long t = System.nanoTime();
                    vectors.get(i).addAll(embedders.get(i).embedPassages(chunk));
                    nanos[i] += System.nanoTime() - t;
                }
            }
            List<float[]> reference = config.reference() ? vectors.getFirst() : null;
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < setups.size(); i++) {
                Setup s = setups.get(i);
                rows.add(row(model, s, load[i], nanos[i] / 1e9, vectors.get(i), i == 0 ? null : reference));
            }
            return rows;
        } finally {
            embedders.forEach(Embedder::close);
        }
    }

    private static Row row(String model, Setup s, double load, double seconds, List<float[]> vectors, List<float[]> reference) {
        double min = Double.NaN;
        double mean = Double.NaN;
        if (reference != null) {
            min = 1;
            double sum = 0;
            for (int i = 0; i < vectors.size(); i++) {
                double c = Vectors.cosine(vectors.get(i), reference.get(i));
                min = Math.min(min, c);
                sum += c;
            }
            mean = sum / vectors.size();
        }
        return new Row(model, s.method(), s.batchSize(), s.maxTokens(), load, seconds, vectors.size() / seconds, min, mean);
    }

    /** Passage texts of the first {@code docs} records that have an abstract, in file order. */
    static List<String> passages(Path file, int docs) {
        List<String> out = records(file).stream().filter(r -> r.abstractText() != null)
                .map(r -> Passage.of(r).orElseThrow().text()).limit(docs).toList();
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no records with an abstract in " + file);
        }
        return out;
    }

    /** The records of a benchmark texts file; a file that does not parse is an argument error. */
    static List<SourceRecord> records(Path file) {
        try {
            return Formats.parse(SourceDocument.read(file), Optional.empty()).records();
        } catch (ParseException e) {
            throw new IllegalArgumentException("cannot read benchmark texts " + file + ": " + e.getMessage(), e);
        }
    }
}
