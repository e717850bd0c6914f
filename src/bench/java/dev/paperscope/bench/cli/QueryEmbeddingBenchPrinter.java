package dev.paperscope.bench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.paperscope.bench.QueryEmbeddingBenchmark;
import java.io.PrintWriter;

/** Runs {@code bench --query-embedding} and prints a row per model. */
final class QueryEmbeddingBenchPrinter {
    private QueryEmbeddingBenchPrinter() {
    }

    static int run(QueryEmbeddingBenchmark.Config config, boolean json, PrintWriter out) throws Exception {
        QueryEmbeddingBenchmark.Report report = QueryEmbeddingBenchmark.run(config);
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
            return 0;
        }
        out.printf("%d queries (mean %.1f words) from %s, one at a time; Java %s, %d cores%n", report.queries(),
                report.meanWords(), report.texts(), report.java(), report.cores());
        out.printf("%-20s %7s %8s %8s %8s %8s%n", "model", "load s", "p50 ms", "p90 ms", "p99 ms", "mean ms");
        for (QueryEmbeddingBenchmark.Row row : report.rows()) {
            out.printf("%-20s %7.2f %8.3f %8.3f %8.3f %8.3f%n", row.model(), row.loadSeconds(), row.latency().p50(),
                    row.latency().p90(), row.latency().p99(), row.latency().mean());
        }
        return 0;
    }
}
