package dev.paperscope.bench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.paperscope.bench.MemoryFigures;
import dev.paperscope.bench.Percentiles;
import dev.paperscope.bench.ScaleBenchmark;
import java.io.PrintWriter;

/** Runs {@code bench --scale} and prints its report; progress goes to stderr. */
final class ScaleBenchPrinter {
    private ScaleBenchPrinter() {
    }

    static int run(ScaleBenchmark.Config config, boolean json, PrintWriter out, PrintWriter err) throws Exception {
        ScaleBenchmark.Report r = ScaleBenchmark.run(config, line -> {
            err.println("bench: " + line);
            err.flush();
        });
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r));
            return 0;
        }
        out.printf("%d records = %d copies of %d (distinct ids), %d with vectors; model %s, HNSW %s; Java %s, %d cores%n",
                r.records(), r.copies(), r.originals(), r.withVectors(), r.model(), r.quantization(), r.java(), r.cores());
        out.printf("ingest (parse + catalog + BM25 index): %.1f s = %.0f records/s%n", r.ingestSeconds(), r.records() / r.ingestSeconds());
        out.printf("index build with vectors (HNSW):       %.1f s = %.0f records/s%n", r.vectorIndexSeconds(), r.records() / r.vectorIndexSeconds());
        out.printf(r.passagesEmbedded() == 0 ? "original passages' vectors: all from the cache%n"
                : "embedded %d original passages in %.1f s = %.1f passages/s%n", r.passagesEmbedded(), r.embedSeconds(),
                r.passagesEmbedded() / Math.max(1e-9, r.embedSeconds()));
        out.printf("%d queries (%d with free text for dense/hybrid), top %d:  p50 ms   p90 ms   p99 ms  mean ms%n",
                r.queries(), r.denseQueries(), r.k());
        row(out, "BM25 ranking alone (built query)", r.bm25Ranking());
        row(out, "raw Lucene searcher (same query)", r.rawLucene());
        row(out, "query parsing alone", r.queryParsing());
        row(out, "BM25 ranking with parsing", r.parsedBm25Ranking());
        row(out, "BM25 results page", r.bm25Page());
        row(out, "query embedding alone", r.queryEmbedding());
        row(out, "dense results page", r.densePage());
        row(out, "hybrid results page", r.hybridPage());
        double[] ratio = r.bm25Ratios();
        double[] parsed = r.parsedBm25Ratios();
        out.printf("BM25 ranking / raw Lucene, same query: p50 %.2fx, p99 %.2fx; with our parsing: p50 %.2fx, p99 %.2fx%n",
                ratio[0], ratio[1], parsed[0], parsed[1]);
        out.printf("HNSW recall against exact search (%d queries): @10 %.4f, @100 %.4f%n", r.recallQueries(), r.recallAt10(), r.recallAt100());
        ScaleBenchmark.Footprint f = r.footprint();
        out.printf("memory: heap used after a full GC %s after ingest, %s after the vector index build; peak RSS (VmHWM) %s%n",
                MemoryFigures.human(f.heapAfterIngest()), MemoryFigures.human(f.heapAfterVectorIndex()), MemoryFigures.human(f.peakRss()));
        out.printf("disk: catalog %s, BM25 index %s, index with vectors %s%n", MemoryFigures.human(f.catalog()),
                MemoryFigures.human(f.bm25Index()), MemoryFigures.human(f.vectorIndex()));
        return 0;
    }

    private static void row(PrintWriter out, String name, Percentiles p) {
        out.printf("  %-36s %8.3f %8.3f %8.3f %8.3f%n", name, p.p50(), p.p90(), p.p99(), p.mean());
    }
}
