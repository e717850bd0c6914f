package dev.paperscope.bench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.paperscope.bench.AskBenchmark;
import java.io.PrintWriter;

/** Runs {@code bench --ask} and prints its report; exits 1 when any request failed. */
final class AskBenchPrinter {
    private AskBenchPrinter() {
    }

    static int run(AskBenchmark.Config config, boolean json, PrintWriter out) throws Exception {
        AskBenchmark.Report r = AskBenchmark.run(config);
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r));
            return r.errors() == 0 ? 0 : 1;
        }
        out.printf("corpus: %s (%d records, %d passages; %s) on Java %s, %d cores%n",
                config.data() != null ? config.data().toString() : String.join(", ", r.files()), r.records(), r.passages(), r.retrieval(),
                r.java(), r.cores());
        out.printf("GET /api/v1/ask (5 answers), %d questions in seeded order, 1 client, %.1f s after %d s warm-up, loopback%n",
                r.questions(), r.seconds(), config.warmup().toSeconds());
        out.printf("requests: %d; errors: %d; statuses: %s%n", r.requests(), r.errors(), r.statuses());
        out.printf("latency ms: p50 %.1f  p90 %.1f  p99 %.1f  mean %.1f%n", r.latency().p50(), r.latency().p90(), r.latency().p99(), r.latency().mean());
        return r.errors() == 0 ? 0 : 1;
    }
}
