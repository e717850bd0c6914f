package dev.paperscope.bench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.paperscope.bench.HttpBenchmark;
import java.io.PrintWriter;

/** Runs {@code bench --http} and prints its report; exits 1 when any request failed. */
final class HttpBenchPrinter {
    private HttpBenchPrinter() {
    }

    static int run(HttpBenchmark.Config config, boolean json, PrintWriter out) throws Exception {
        HttpBenchmark.Report r = HttpBenchmark.run(config);
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r));
            return r.errors() == 0 ? 0 : 1;
        }
        out.printf("corpus: %s (%d records) on Java %s, %d cores%n", String.join(", ", r.files()), r.records(), r.java(), r.cores());
        out.printf("GET /api/v1/search (top %d + facets), %d clients, %.1f s after %d s warm-up, loopback%n", config.limit(),
                r.clients(), r.seconds(), config.warmup().toSeconds());
        out.printf("requests: %d = %.0f requests/s; errors: %d; statuses: %s%n", r.requests(), r.requestsPerSecond(), r.errors(), r.statuses());
        out.printf("latency ms: p50 %.2f  p90 %.2f  p99 %.2f  mean %.2f%n", r.latency().p50(), r.latency().p90(), r.latency().p99(), r.latency().mean());
        return r.errors() == 0 ? 0 : 1;
    }

    /** Runs {@code bench --http --mixed}; exits 1 when any request failed or any acknowledged write is missing. */
    static int runMixed(dev.paperscope.bench.MixedHttpBenchmark.Config config, boolean json, PrintWriter out) throws Exception {
        var r = dev.paperscope.bench.MixedHttpBenchmark.run(config);
        int exit = r.errors() == 0 && r.writesLost() == 0 ? 0 : 1;
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r));
            return exit;
        }
        out.printf("corpus: %s (%d records, %d generated talks) on Java %s, %d cores%n", String.join(", ", r.files()), r.records(), r.talks(),
                r.java(), r.cores());
        out.printf("mixed reads and writes, %d clients, %.1f s after %d s warm-up, loopback%n", r.clients(), r.seconds(),
                config.warmup().toSeconds());
        out.printf("requests: %d = %.0f requests/s; errors: %d; statuses: %s%n", r.requests(), r.requestsPerSecond(), r.errors(), r.statuses());
        out.printf("writes acknowledged (warm-up included): %d; lost: %d%n", r.writesAcknowledged(), r.writesLost());
        row(out, "all", r.all());
        row(out, "reads", r.reads());
        row(out, "writes", r.writes());
        r.byKind().forEach((kind, p) -> row(out, kind, p));
        return exit;
    }

    private static void row(PrintWriter out, String name, dev.paperscope.bench.Percentiles p) {
        if (p != null) {
            out.printf("latency ms, %-8s (n %5d): p50 %.2f  p90 %.2f  p99 %.2f  mean %.2f%n", name, p.n(), p.p50(), p.p90(), p.p99(), p.mean());
        }
    }
}
