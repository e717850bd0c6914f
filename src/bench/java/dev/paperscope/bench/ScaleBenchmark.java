package dev.paperscope.bench;

import dev.paperscope.app.IngestListener;
import dev.paperscope.app.IngestReport;
import dev.paperscope.app.Paperscope;
import dev.paperscope.catalog.Catalog;
import dev.paperscope.index.IndexVectors;
import dev.paperscope.index.SearchIndex;
import dev.paperscope.index.VectorQuantization;
import dev.paperscope.index.VectorSpace;
import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.search.Bm25Params;
import dev.paperscope.search.Bm25Search;
import dev.paperscope.search.LuceneBackend;
import dev.paperscope.search.QueryParts;
import dev.paperscope.search.dense.Embedder;
import dev.paperscope.search.dense.EmbeddingCache;
import dev.paperscope.search.dense.EmbeddingModels;
import dev.paperscope.search.dense.EmbeddingProgress;
import dev.paperscope.search.dense.Passage;
import dev.paperscope.search.fusion.BackendRetrieval;
import dev.paperscope.search.fusion.ScoreFusion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Retrieval at scale: a real conference corpus repeated (distinct ids, {@link CopiedCorpus}) past a
 * document count, ingested, then indexed with vectors (the model's vectors for the original passages,
 * jittered for the copies: {@link JitteredCopyVectors}). Times, interleaved query by query on the same
 * index: BM25 ranking alone and a bare Lucene searcher, both given the same already-built query; parsing
 * our query syntax alone, and ranking including it; BM25's results page,
 * query embedding alone (by every model), dense and hybrid results pages (each including its query
 * embedding). Then recall of HNSW against exact search over the indexed vectors of the first model.
 * With two models the index holds both models' vectors, and dense and hybrid search use both.
 *
 * <p>Original passages are embedded once per model into a vector cache (a catalog file), since that
 * takes tens of minutes on two cores; the report says how many had to be embedded in this run.
 */
public final class ScaleBenchmark {
    /** What to run. */
    public record Config(Path corpus, int documents, int queries, int warmupQueries, int recallQueries, int k,
                         List<String> models, VectorQuantization quantization, long seed, Path vectorCache, boolean embedMissing) {
        public Config {
            Objects.requireNonNull(corpus, "corpus");
            models = List.copyOf(models);
            Objects.requireNonNull(quantization, "quantization");
            Objects.requireNonNull(vectorCache, "vectorCache");
            if (documents < 1 || queries < 1 || warmupQueries < 0 || recallQueries < 1 || k < 1) {
                throw new IllegalArgumentException("documents, queries, recall queries and k must be positive");
            }
            if (models.isEmpty() || models.size() > dev.paperscope.index.IndexSchema.MAX_VECTOR_MODELS
                    || models.stream().distinct().count() != models.size()) {
                throw new IllegalArgumentException("give one embedding model, or two different ones for a dense ensemble: " + models);
            }
            for (String model : models) {
                if (!EmbeddingModels.names().contains(model)) {
                    throw new IllegalArgumentException("unknown model " + model + "; known: " + EmbeddingModels.names());
                }
            }
        }
    }

    /** Measured figures; times in milliseconds unless named seconds. */
    public record Report(long records, int copies, long originals, long withVectors, double ingestSeconds, double vectorIndexSeconds,
                         long passagesEmbedded, double embedSeconds, String model, String quantization, int queries,
                         int denseQueries, int k, Percentiles bm25Ranking, Percentiles rawLucene, Percentiles queryParsing,
                         Percentiles parsedBm25Ranking, Percentiles bm25Page,
                         Percentiles queryEmbedding, Percentiles densePage, Percentiles hybridPage,
                         int recallQueries, double recallAt10, double recallAt100, String java, int cores, Footprint footprint) {
        /** BM25 ranking over the bare searcher, both given the same Lucene query: [p50, p99]. */
        public double[] bm25Ratios() {
            return new double[] {bm25Ranking.p50() / rawLucene.p50(), bm25Ranking.p99() / rawLucene.p99()};
        }

        /** BM25 ranking including the parsing of our query syntax, over the bare searcher: [p50, p99]. */
        public double[] parsedBm25Ratios() {
            return new double[] {parsedBm25Ranking.p50() / rawLucene.p50(), parsedBm25Ranking.p99() / rawLucene.p99()};
        }
    }

    /**
     * Memory and disk, in bytes: heap used after a full GC at the end of ingest and after the vector index
     * build, the process's peak RSS (VmHWM; -1 where /proc says nothing), and on disk the catalog (with its
     * write-ahead log), the BM25 index of the data folder and the index built with vectors.
     */
    public record Footprint(long heapAfterIngest, long heapAfterVectorIndex, long peakRss, long catalog, long bm25Index, long vectorIndex) {
    }

    private ScaleBenchmark() {
    }

    public static Report run(Config config, Consumer<String> log) {
        Path work = tempDir();
        List<Embedder> embedders = new ArrayList<>();
        try (Paperscope ps = Paperscope.open(work.resolve("data"))) {
            config.models().forEach(m -> embedders.add(EmbeddingModels.open(m)));
            Corpus corpus = ingest(ps, config, work, log);
            long heapAfterIngest = MemoryFigures.heapUsedAfterGc();
            log.accept("heap used after ingest (after a full GC): " + MemoryFigures.human(heapAfterIngest));
            List<JitteredCopyVectors> sources = new ArrayList<>();
            long embedded = 0;
            double embedSeconds = 0;
            for (Embedder embedder : embedders) {
                Vectors vectors = originalVectors(corpus.originals(), embedder, config, log);
                sources.add(new JitteredCopyVectors(new VectorSpace(embedder.modelId(), embedder.dimension()), vectors.byPassageSha(), config.seed()));
                embedded += vectors.embedded();
                embedSeconds += vectors.seconds();
            }
            log.accept("indexing " + corpus.records() + " records with vectors (HNSW, " + config.quantization() + ") ...");
            IndexVectors indexVectors = new IndexVectors(List.copyOf(sources), config.quantization());
            try (SearchIndex index = SearchIndex.open(work.resolve("index-vectors"), indexVectors)) {
                long t0 = System.nanoTime();
                ps.changes().rebuildInto(index, n -> { });
                double indexSeconds = (System.nanoTime() - t0) / 1e9;
                long heapAfterIndex = MemoryFigures.heapUsedAfterGc();
                Path data = work.resolve("data");
                Footprint footprint = new Footprint(heapAfterIngest, heapAfterIndex, MemoryFigures.peakRssBytes(),
                        MemoryFigures.sizeOf(data.resolve("catalog.db")) + MemoryFigures.sizeOf(data.resolve("catalog.db-wal")),
                        MemoryFigures.sizeOf(data.resolve("index")), MemoryFigures.sizeOf(work.resolve("index-vectors")));
                log.accept("heap used after the vector index build (after a full GC): " + MemoryFigures.human(heapAfterIndex));
                List<String> queries = BenchQueries.from(corpus.originals(), config.queries(), config.seed());
                log.accept("timing " + queries.size() + " queries ...");
                Timings t = time(index, embedders, queries, config);
                log.accept("measuring HNSW recall against exact search (" + embedders.getFirst().modelId() + ") ...");
                double[] recall = recall(index, embedders.getFirst(), sources.getFirst(), queries, config.recallQueries());
                return new Report(corpus.records(), corpus.copies(), corpus.originals().size(), sources.getFirst().handedOut().size(),
                        corpus.ingestSeconds(),
                        indexSeconds, embedded, embedSeconds, String.join("+", config.models()), config.quantization().name(),
                        queries.size(), t.densePage().n(), config.k(), t.ranking(), t.raw(), t.parsing(), t.parsedRanking(),
                        t.page(), t.embedding(),
                        t.densePage(), t.hybridPage(), (int) recall[2], recall[0], recall[1],
                        Runtime.version().toString(), Runtime.getRuntime().availableProcessors(), footprint);
            }
        } finally {
            embedders.forEach(Embedder::close);
            IngestSearchBenchmark.deleteRecursively(work);
        }
    }

    private record Corpus(List<SourceRecord> originals, long records, int copies, double ingestSeconds) {
    }

    /** Copy 0 first, to learn how many records one copy holds and so how many copies reach the target. */
    private static Corpus ingest(Paperscope ps, Config config, Path work, Consumer<String> log) {
        List<Path> files = CopiedCorpus.files(config.corpus());
        long t0 = System.nanoTime();
        ingestAll(ps, CopiedCorpus.write(files, 1, work.resolve("copy-0")));
        List<SourceRecord> originals = new ArrayList<>();
        ps.exportRecords(originals::add);
        int copies = (int) Math.max(1, Math.ceil(config.documents() / (double) originals.size()));
        log.accept("ingesting " + copies + " copies of " + originals.size() + " records ...");
        if (copies > 1) {
            List<Path> rest = CopiedCorpus.write(files, copies, work.resolve("copies"));
            ingestAll(ps, rest.subList(files.size(), rest.size()));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Corpus(originals, ps.recordCount(), copies, seconds);
    }

    private static void ingestAll(Paperscope ps, List<Path> files) {
        IngestReport report = ps.ingest(files, Optional.empty(), IngestListener.NONE);
        if (report.anyFailed()) {
            throw new IllegalStateException("benchmark corpus failed to ingest: " + report.files());
        }
    }

    private record Vectors(Map<String, float[]> byPassageSha, long embedded, double seconds) {
    }

    /**
     * The original passages' vectors, by passage SHA-256: embedded where the cache lacks them, or, without
     * {@code embedMissing}, only those the cache has (the other records are indexed without a vector).
     */
    private static Vectors originalVectors(List<SourceRecord> originals, Embedder embedder, Config config, Consumer<String> log) {
        Path cacheFile = config.vectorCache();
        try {
            Files.createDirectories(cacheFile.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + cacheFile.getParent(), e);
        }
        try (Catalog cache = Catalog.open(cacheFile)) {
            if (!config.embedMissing()) {
                Map<String, float[]> cached = cache.embeddings().vectors(embedder.modelId(), passageShas(originals));
                log.accept(cached.size() + " of " + passageShas(originals).size() + " original passages have cached vectors; the others get none");
                return new Vectors(cached, 0, 0);
            }
            long[] embedded = {0};
            EmbeddingProgress progress = (done, total) -> {
                if (done == 0 && total > 0) {
                    log.accept("embedding " + total + " passages not in the vector cache " + cacheFile + " ...");
                }
                embedded[0] = total;
            };
            long t0 = System.nanoTime();
            Map<String, float[]> byRecord = new EmbeddingCache(cache, embedder).vectors(originals, progress);
            double seconds = (System.nanoTime() - t0) / 1e9;
            Map<String, float[]> byPassageSha = new LinkedHashMap<>();
            for (SourceRecord r : originals) {
                Passage.of(r).ifPresent(p -> byPassageSha.put(p.sha256(), byRecord.get(r.id())));
            }
            return new Vectors(byPassageSha, embedded[0], seconds);
        }
    }

    private static java.util.Set<String> passageShas(List<SourceRecord> records) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        records.forEach(r -> Passage.of(r).ifPresent(p -> out.add(p.sha256())));
        return out;
    }

    private record Timings(Percentiles ranking, Percentiles raw, Percentiles parsing, Percentiles parsedRanking,
                           Percentiles page, Percentiles embedding, Percentiles densePage, Percentiles hybridPage) {
    }

    /** Steps before this index run for every query; the later ones only for queries with free text. */
    private static final int BM25_STEPS = 5;

    private static Timings time(SearchIndex index, List<Embedder> embedders, List<String> queries, Config config) {
        Bm25Search bm25 = new Bm25Search(Bm25Params.DEFAULT);
        // The pages run the product's one search path: BackendRetrieval over the embedded index.
        BackendRetrieval retrieval = new BackendRetrieval(new LuceneBackend(index, Bm25Params.DEFAULT), embedders);
        ScoreFusion fusion = new ScoreFusion();
        List<Query> lucene = queries.stream().map(bm25::luceneQuery).toList();
        int k = config.k();
        return index.withSearcher(shared -> {
            IndexSearcher raw = bm25.scoringSearcher(shared);
            List<IngestSearchBenchmark.Timed> steps = List.of(
                    q -> bm25.rank(bm25.scoringSearcher(shared), lucene.get(q), k).scoreDocs.length,
                    q -> raw.search(lucene.get(q), k).scoreDocs.length,
                    q -> bm25.luceneQuery(queries.get(q)) == null ? 0 : 1,
                    q -> bm25.rank(bm25.scoringSearcher(shared), bm25.luceneQuery(queries.get(q)), k).scoreDocs.length,
                    q -> retrieval.bm25(queries.get(q), k, 0).results().hits().size(),
                    q -> embedders.stream().mapToInt(e -> e.embedQueries(List.of(freeText(queries.get(q)))).size()).sum(),
                    q -> retrieval.dense(queries.get(q), k, 0).results().hits().size(),
                    q -> retrieval.hybrid(queries.get(q), k, fusion, 0).results().hits().size());
            for (int q = 0; q < Math.min(config.warmupQueries(), queries.size()); q++) {
                for (int s = 0; s < steps.size(); s++) {
                    if (s < BM25_STEPS || !freeText(queries.get(q)).isBlank()) {
                        steps.get(s).run(q);
                    }
                }
            }
            List<List<Long>> samples = new ArrayList<>();
            steps.forEach(s -> samples.add(new ArrayList<>()));
            // A new seeded order for every query: a fixed rotation changes only which step goes first, so
            // each step always followed the same one, and the step after the embedding ones always ran
            // beside ONNX Runtime's threads still spinning (it measured 1.5x raw Lucene that way, 1.3x alone).
            java.util.Random order = new java.util.Random(config.seed());
            List<Integer> positions = new ArrayList<>();
            for (int i = 0; i < steps.size(); i++) {
                positions.add(i);
            }
            for (int q = 0; q < queries.size(); q++) {
                boolean text = !freeText(queries.get(q)).isBlank();
                java.util.Collections.shuffle(positions, order);
                for (int s : positions) {
                    if (s < BM25_STEPS || text) {
                        samples.get(s).add(IngestSearchBenchmark.time(steps.get(s), q));
                    }
                }
            }
            List<Percentiles> p = samples.stream().map(l -> Percentiles.of(l.stream().mapToLong(Long::longValue).toArray())).toList();
            return new Timings(p.get(0), p.get(1), p.get(2), p.get(3), p.get(4), p.get(5), p.get(6), p.get(7));
        });
    }

    /** [recall@10, recall@100, queries] over the first queries that have free text to embed. */
    private static double[] recall(SearchIndex index, Embedder embedder, JitteredCopyVectors source, List<String> queries, int max) {
        List<String> texts = queries.stream().map(ScaleBenchmark::freeText).filter(t -> !t.isBlank()).distinct().limit(max).toList();
        List<float[]> vectors = embedder.embedQueries(texts);
        HnswRecall recall = new HnswRecall(source.handedOut());
        double[] r = index.withSearcher(searcher -> recall.measure(searcher, vectors, 10, 100));
        return new double[] {r[0], r[1], texts.size()};
    }

    private static String freeText(String query) {
        return QueryParts.of(query).freeText();
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("paperscope-scale");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
