package dev.paperscope.bench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.paperscope.bench.EmbeddingBenchmark;
import dev.paperscope.bench.HttpBenchmark;
import dev.paperscope.bench.IngestSearchBenchmark;
import dev.paperscope.bench.Percentiles;
import dev.paperscope.bench.QueryEmbeddingBenchmark;
import dev.paperscope.bench.ScaleBenchmark;
import dev.paperscope.cli.DataRootOption;
import dev.paperscope.index.VectorQuantization;
import dev.paperscope.search.dense.CacheDirs;
import dev.paperscope.search.dense.EmbeddingModels;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks ingest, search, embeddings, ask and the HTTP API (see docs/BENCHMARKS.md).",
                "Without --embeddings, --query-embedding, --http, --ask, --scale or --resolution: ingest (records/s) and BM25 query latency (p50/p99) on conference metadata,",
                "next to a bare Lucene IndexSearcher on the same index in the same run."})
final class BenchCommand implements Callable<Integer> {
    static final String CONFERENCES = "conferences";
    static final String TEXTS = CONFERENCES + "/neurips2023.jsonl.gz";
    @picocli.CommandLine.Mixin
    DataRootOption dataRoot;
    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Folder of .jsonl/.jsonl.gz/.json/.csv conference metadata (default: conferences/ in --data-root).")
    Path corpus;
    @Option(names = "--queries", defaultValue = "2000", description = "Queries to time (default ${DEFAULT-VALUE}).")
    int queries;
    @Option(names = "--warmup", defaultValue = "3", description = "Warm-up rounds over all queries (default ${DEFAULT-VALUE}).")
    int warmup;
    @Option(names = "--k", defaultValue = "10", description = "Hits per query (default ${DEFAULT-VALUE}).")
    int k;
    @Option(names = "--seed", defaultValue = "42", description = "Seed of the query sample (default ${DEFAULT-VALUE}).")
    long seed;
    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;
    @Option(names = "--mode", paramLabel = "bm25|hybrid|both", defaultValue = "bm25",
            description = "Without another benchmark: which results pages to time (default ${DEFAULT-VALUE}); hybrid and both ingest with "
                    + "--model's models (default: search's two) and reuse --vector-cache's vectors.")
    String mode;
    @picocli.CommandLine.Mixin
    dev.paperscope.cli.BackendOption backendOption = new dev.paperscope.cli.BackendOption();
    // ---- embedding throughput (--embeddings); without the flag, bench runs ingest and search as before ----
    @Option(names = "--embeddings", description = "Benchmark embedding throughput (passages/s) per model instead.")
    boolean embeddings;
    @Option(names = "--model", paramLabel = "NAME", description = "With --embeddings or --query-embedding: model to measure (repeatable; default all). "
            + "With --scale: the model, or two for a dense ensemble (default bge-small-en-v1.5-q then all-minilm-l6-v2-q, search's).")
    List<String> models = List.of();
    @Option(names = "--texts", paramLabel = "FILE",
            description = "With --embeddings or --query-embedding: records whose title and abstract are embedded "
                    + "(default: conferences/neurips2023.jsonl.gz in --data-root).")
    Path texts;
    @Option(names = "--docs", defaultValue = "1000", description = "With --embeddings: passages to embed (default ${DEFAULT-VALUE}).")
    int docs;
    @Option(names = "--batch-sizes", split = ",", defaultValue = "16,32,64",
            description = "With --embeddings: batch sizes (default ${DEFAULT-VALUE}).")
    List<Integer> batchSizes;
    @Option(names = "--max-tokens", split = ",", defaultValue = "512",
            description = "With --embeddings: truncation windows in tokens (default ${DEFAULT-VALUE}).")
    List<Integer> maxTokens;
    @Option(names = "--no-reference", description = "With --embeddings: skip langchain4j's embedAll.")
    boolean noReference;
    @Option(names = "--query-embedding",
            description = "Time query embedding per model instead (one query at a time, as a search does; --model, --texts, --queries).")
    boolean queryEmbedding;
    // ---- end of embedding options ----
    @Option(names = "--scale", paramLabel = "DOCS",
            description = "Repeat the corpus (distinct ids) past DOCS documents and time BM25, dense and hybrid search with vectors, plus HNSW recall.")
    Integer scale;
    @Option(names = "--int8", description = "With --scale: int8 scalar-quantised HNSW.")
    boolean int8;
    @Option(names = "--recall-queries", defaultValue = "500", description = "With --scale: queries for HNSW recall (default ${DEFAULT-VALUE}).")
    int recallQueries;
    @Option(names = "--vector-cache", paramLabel = "FILE",
            description = "With --scale, or --mode hybrid/both: catalog file caching the passages' vectors between runs "
                    + "(default ~/.cache/paperscope/bench-vectors.db).")
    Path vectorCache;
    @Option(names = "--cached-vectors-only",
            description = "With --scale: embed nothing; records whose passage has no cached vector are indexed without one.")
    boolean cachedVectorsOnly;
    // ---- HTTP load test (--http) ----
    @Option(names = "--http", description = "Load-test the HTTP search API on loopback instead (see docs/BENCHMARKS.md).")
    boolean http;
    @Option(names = "--clients", defaultValue = "16", description = "With --http: concurrent clients (default ${DEFAULT-VALUE}).")
    int clients;
    @Option(names = "--seconds", defaultValue = "30", description = "With --http: measured seconds (default ${DEFAULT-VALUE}).")
    int seconds;
    @Option(names = "--warmup-seconds", defaultValue = "10", description = "With --http: warm-up seconds (default ${DEFAULT-VALUE}).")
    int warmupSeconds;
    @Option(names = "--mixed", description = "With --http: mix reads (search, author, work, agenda) with writes (stars, list adds); counts lost writes.")
    boolean mixed;
    @Option(names = "--talks", defaultValue = "3759", description = "With --http --mixed: talks in the generated schedule (default ${DEFAULT-VALUE}).")
    int talks;
    // ---- end of HTTP options ----
    @Option(names = "--ask", description = "Time ask through GET /api/v1/ask instead: one client, the built-in questions, over --texts "
            + "(NeurIPS 2023) and --seeds ingested BM25-only, or over --ask-data with --model's models (--seconds, --warmup-seconds, --seed).")
    boolean ask;
    @Option(names = "--ask-data", paramLabel = "DIR", description = "With --ask: an existing data folder to open (read-only use) instead of ingesting.")
    Path askData;
    @Option(names = "--resolution", description = "Benchmark resolution (works, recovered titles) instead; see docs/BENCHMARKS.md.")
    boolean resolution;
    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "demo/seeds",
            description = "With --resolution: the seed pages (default ${DEFAULT-VALUE}).")
    Path seeds;
    @Option(names = "--incremental-records", paramLabel = "N", defaultValue = "0",
            description = "With --resolution: instead, time one small ingest, edit and removal in a catalog of about N records, incremental vs whole resolution.")
    int incrementalRecords;
    @Option(names = "--keep", paramLabel = "DIR",
            description = "With --incremental-records: build the catalog in DIR and keep it; a DIR that already holds one is reused as it is.")
    Path keep;
    @Option(names = "--incremental-only",
            description = "With --incremental-records: do not time whole resolutions (each re-resolves the whole catalog).")
    boolean incrementalOnly;
    // ---- fuzzing (--fuzz) ----
    @Option(names = "--fuzz", description = "Fuzz every input format's parser with seeded mutated inputs instead (see docs/BENCHMARKS.md); --seed, --inputs.")
    boolean fuzz;
    @Option(names = "--inputs", defaultValue = "1000", description = "With --fuzz: mutated inputs per format (default ${DEFAULT-VALUE}).")
    int inputs;
    @Option(names = "--input-timeout", defaultValue = "10", description = "With --fuzz: seconds an input may take before it counts as a hang (default ${DEFAULT-VALUE}).")
    int inputTimeout;
    @Option(names = "--index-every", defaultValue = "20",
            description = "With --fuzz: every n-th input that parses is also stored, indexed and searched (0: none; default ${DEFAULT-VALUE}).")
    int indexEvery;
    @Option(names = "--groups", split = ",", paramLabel = "GROUP",
            description = "With --fuzz: only these seed groups (e.g. csv,pdf; default: all, as listed by a full run).")
    List<String> groups = List.of();
    // ---- end of fuzzing options ----
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if ((embeddings || queryEmbedding) && texts == null) {
            texts = dataRoot.resolve(TEXTS, "bench " + (embeddings ? "--embeddings" : "--query-embedding") + " without --texts");
        }
        if (!embeddings && !queryEmbedding && !fuzz && corpus == null) {
            corpus = dataRoot.resolve(CONFERENCES, "bench without --corpus");
        }
        if (embeddings) {
            checkEmbeddingOptions();
            return EmbeddingBenchPrinter.run(new EmbeddingBenchmark.Config(texts, docs, models, batchSizes, maxTokens,
                    !noReference, Runtime.getRuntime().availableProcessors()), json, out);
        }
        if (queryEmbedding) {
            checkEmbeddingOptions();
            return QueryEmbeddingBenchPrinter.run(new QueryEmbeddingBenchmark.Config(texts, queries, models, seed), json, out);
        }
        if (scale != null) {
            return ScaleBenchPrinter.run(scaleConfig(), json, out, spec.commandLine().getErr());
        }
        if (http) {
            return httpBench(out);
        }
        if (ask) {
            return AskBenchPrinter.run(askConfig(), json, out);
        }
        if (fuzz) {
            dev.paperscope.bench.Fuzzing.Config config;
            try {
                config = new dev.paperscope.bench.Fuzzing.Config(inputs, seed, java.time.Duration.ofSeconds(inputTimeout), indexEvery, groups);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            try {
                return FuzzBenchPrinter.run(config, json, out, spec.commandLine().getErr());
            } catch (IllegalArgumentException e) { // an unknown --groups name
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        if (resolution && incrementalRecords > 0) {
            dev.paperscope.bench.IncrementalResolutionBenchmark.Config config;
            try {
                config = new dev.paperscope.bench.IncrementalResolutionBenchmark.Config(corpus, incrementalRecords,
                        java.util.Optional.ofNullable(keep), !incrementalOnly);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            return IncrementalBenchPrinter.run(config, json, out, spec.commandLine().getErr());
        }
        if (resolution) {
            for (var s : dev.paperscope.bench.ResolutionBenchmark.run(corpus, seeds, 5)) {
                out.printf("%s: %d records, %d reference records -> %d works; ingest %.0f ms; re-resolve median %.0f ms (rounds %s)%n",
                        s.name(), s.records(), s.references(), s.works(), s.ingestMillis(), s.medianResolveMillis(),
                        java.util.Arrays.toString(java.util.Arrays.stream(s.resolveMillis()).map(Math::rint).toArray()));
            }
            return 0;
        }
        var report = IngestSearchBenchmark.run(ingestSearchConfig());
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
            return 0;
        }
        out.printf("corpus: %s (%d records) on Java %s, %d cores; search backend %s%n", String.join(", ", report.files()), report.records(),
                report.java(), report.cores(), report.backend());
        out.printf("ingest (parse + catalog + index): %.2f s = %.0f records/s%n", report.ingestSeconds(), report.records() / report.ingestSeconds());
        out.printf("reindex from catalog:              %.2f s = %.0f records/s%n", report.reindexSeconds(), report.records() / report.reindexSeconds());
        out.printf("%d queries, top %d:       p50 ms   p90 ms   p99 ms  mean ms%n", report.queries(), report.k());
        if (report.paperscope() != null) {
            row(out, "results page (snippets)", report.paperscope());
            row(out, "ranking alone", report.ranking());
            row(out, "raw Lucene searcher", report.rawLucene());
        }
        if (report.hybrid() != null) {
            row(out, "hybrid results page", report.hybrid());
            out.printf("hybrid with %s; %d vectors came from the vector cache%n", String.join(" + ", report.models()), report.cachedVectors());
        }
        double[] r = report.ratios();
        if (r.length == 4) {
            out.printf("ratio to raw Lucene: results page p50 %.2fx p99 %.2fx; ranking alone p50 %.2fx p99 %.2fx%n", r[0], r[1], r[2], r[3]);
        }
        return 0;
    }

    /** The ingest + search benchmark: {@code --mode}, with the models and vector cache a hybrid page needs. */
    private IngestSearchBenchmark.Config ingestSearchConfig() {
        checkEmbeddingOptions();
        try {
            IngestSearchBenchmark.Mode m = IngestSearchBenchmark.Mode.parse(mode);
            java.util.Optional<dev.paperscope.app.EmbeddingSetup> setup = m == IngestSearchBenchmark.Mode.BM25 ? java.util.Optional.empty()
                    : java.util.Optional.of(dev.paperscope.app.EmbeddingSetup.forModels(models.isEmpty() ? EmbeddingModels.DEFAULT_ENSEMBLE : models,
                            VectorQuantization.NONE, dev.paperscope.search.dense.EmbeddingProgress.NONE));
            Path cache = vectorCache != null ? vectorCache : CacheDirs.paperscope().resolve("bench-vectors.db");
            return new IngestSearchBenchmark.Config(corpus, queries, warmup, k, seed, backend(), m, setup, java.util.Optional.of(cache));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** {@code --backend}/{@code --opensearch-url} (else the environment) for the ingest+BM25 and {@code --http} benchmarks. */
    private dev.paperscope.bench.BenchBackend backend() {
        try {
            return new dev.paperscope.bench.BenchBackend(java.util.Optional.ofNullable(backendOption.backend),
                    java.util.Optional.ofNullable(backendOption.url), System.getenv());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private ScaleBenchmark.Config scaleConfig() {
        checkEmbeddingOptions();
        Path cache = vectorCache != null ? vectorCache : CacheDirs.paperscope().resolve("bench-vectors.db");
        try {
            return new ScaleBenchmark.Config(corpus, scale, queries, Math.min(queries, 200), recallQueries, k,
                    models.isEmpty() ? EmbeddingModels.DEFAULT_ENSEMBLE : models,
                    int8 ? VectorQuantization.INT8 : VectorQuantization.NONE, seed, cache, !cachedVectorsOnly);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private int httpBench(PrintWriter out) throws Exception {
        if (mixed) {
            dev.paperscope.bench.MixedHttpBenchmark.Config config;
            try {
                config = new dev.paperscope.bench.MixedHttpBenchmark.Config(corpus, clients, java.time.Duration.ofSeconds(warmupSeconds),
                        java.time.Duration.ofSeconds(seconds), queries, seed, talks);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            return HttpBenchPrinter.runMixed(config, json, out);
        }
        HttpBenchmark.Config config;
        try {
            config = new HttpBenchmark.Config(corpus, clients, java.time.Duration.ofSeconds(warmupSeconds),
                    java.time.Duration.ofSeconds(seconds), queries, seed, k, backend());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        return HttpBenchPrinter.run(config, json, out);
    }

    private dev.paperscope.bench.AskBenchmark.Config askConfig() throws java.io.IOException {
        checkEmbeddingOptions();
        List<Path> files = new java.util.ArrayList<>();
        if (askData == null) {
            files.add(texts != null ? texts : dataRoot.resolve(TEXTS, "bench --ask without --texts or --ask-data"));
            files.addAll(dev.paperscope.bench.AskBenchmark.seedPages(seeds));
        }
        var setup = models.isEmpty() ? java.util.Optional.<dev.paperscope.app.EmbeddingSetup>empty()
                : java.util.Optional.of(dev.paperscope.app.EmbeddingSetup.forModels(models, VectorQuantization.NONE, dev.paperscope.search.dense.EmbeddingProgress.NONE));
        try {
            return new dev.paperscope.bench.AskBenchmark.Config(files, askData, setup, java.time.Duration.ofSeconds(warmupSeconds),
                    java.time.Duration.ofSeconds(seconds), seed);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private void checkEmbeddingOptions() {
        for (String m : models) {
            if (!EmbeddingModels.names().contains(m)) {
                throw new ParameterException(spec.commandLine(), "unknown --model " + m + "; known: " + String.join(", ", EmbeddingModels.names()));
            }
        }
        if (docs < 1 || batchSizes.stream().anyMatch(b -> b < 1) || maxTokens.stream().anyMatch(t -> t < 8 || t > 512)) {
            throw new ParameterException(spec.commandLine(), "--docs and --batch-sizes must be positive, --max-tokens within 8..512");
        }
    }

    private static void row(PrintWriter out, String name, Percentiles p) {
        out.printf("  %-24s %8.3f %8.3f %8.3f %8.3f%n", name, p.p50(), p.p90(), p.p99(), p.mean());
    }
}
