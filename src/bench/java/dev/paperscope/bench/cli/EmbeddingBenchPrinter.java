package dev.paperscope.bench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.paperscope.bench.EmbeddingBenchmark;
import java.io.PrintWriter;

/** Runs {@code bench --embeddings} and prints a row per configuration as soon as it is measured. */
final class EmbeddingBenchPrinter {
    private EmbeddingBenchPrinter() {
    }

    static int run(EmbeddingBenchmark.Config config, boolean json, PrintWriter out) throws Exception {
        if (json) {
            var report = EmbeddingBenchmark.run(config, row -> { });
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
            return 0;
        }
        out.printf("%-20s %-21s %5s %6s %7s %8s %8s  %s%n", "model", "method", "batch", "tokens", "load s", "time s",
                "docs/s", "cosine to langchain4j (min / mean)");
        out.flush();
        var report = EmbeddingBenchmark.run(config, row -> {
            String cosines = Double.isNaN(row.minCosine()) ? "-" : String.format("%.4f / %.5f", row.minCosine(), row.meanCosine());
            String tokens = row.maxTokens() == 0 ? "split" : Integer.toString(row.maxTokens());
            out.printf("%-20s %-21s %5d %6s %7.2f %8.2f %8.1f  %s%n", row.model(), row.method(), row.batchSize(),
                    tokens, row.loadSeconds(), row.seconds(), row.docsPerSecond(), cosines);
            out.flush();
        });
        out.printf("%d passages (title + abstract, mean %.0f characters) from %s; Java %s, %d cores%n", report.docs(),
                report.meanChars(), report.texts(), report.java(), report.cores());
        return 0;
    }
}
