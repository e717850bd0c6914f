package dev.paperscope.bench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.paperscope.bench.Fuzzing;
import java.io.PrintWriter;

/** Runs {@code bench --fuzz} and prints its figures; exits 1 when any input crashed, hung, ran out of memory or was rejected unclearly. */
final class FuzzBenchPrinter {
    private FuzzBenchPrinter() {
    }

    static int run(Fuzzing.Config config, boolean json, PrintWriter out, PrintWriter err) throws Exception {
        Fuzzing.Report r = Fuzzing.run(config, line -> {
            err.println(line);
            err.flush();
        });
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r));
            return r.clean() ? 0 : 1;
        }
        out.printf("fuzzing: seed %d, %d mutated inputs per format, %d s of CPU time bound per input, Java %s, %d cores, %.0f s%n",
                r.seed(), r.inputsPerFormat(), r.timeoutSeconds(), r.java(), r.cores(), r.seconds());
        out.printf("%-17s %7s %7s %8s %7s %6s %5s %4s %8s %11s %11s%n", "format", "inputs", "parsed", "rejected", "unclear", "crash",
                "hang", "oom", "indexed", "p99 cpu ms", "max cpu ms");
        for (Fuzzing.FormatFigures f : r.formats()) {
            var o = f.outcomes();
            out.printf("%-17s %7d %7d %8d %7d %6d %5d %4d %8d %11.1f %11.1f%n", f.format(), f.inputs(), o.getOrDefault(Fuzzing.Outcome.PARSED, 0),
                    o.getOrDefault(Fuzzing.Outcome.REJECTED, 0), o.getOrDefault(Fuzzing.Outcome.UNCLEAR, 0), o.getOrDefault(Fuzzing.Outcome.CRASH, 0),
                    o.getOrDefault(Fuzzing.Outcome.HANG, 0), o.getOrDefault(Fuzzing.Outcome.OOM, 0), f.indexed(), f.p99Millis(), f.maxMillis());
        }
        out.printf("total: %d inputs; %d crashes, %d hangs, %d out of memory, %d unclear rejections%n", r.inputs(),
                r.count(Fuzzing.Outcome.CRASH), r.count(Fuzzing.Outcome.HANG), r.count(Fuzzing.Outcome.OOM), r.count(Fuzzing.Outcome.UNCLEAR));
        out.println("mutations applied: " + r.mutations());
        out.println("slowest inputs (CPU time):");
        for (Fuzzing.Slow f : r.slowest()) {
            out.printf("  %.0f ms %s input %d (%s) %s%n", f.millis(), f.format(), f.input(), f.mutations(), f.outcome());
        }
        if (!r.findings().isEmpty()) {
            out.println("failures:");
        }
        for (Fuzzing.Finding f : r.findings()) {
            out.printf("  %s %s input %d (%s): %s%n", f.outcome(), f.format(), f.input(), f.mutations(), f.message());
        }
        return r.clean() ? 0 : 1;
    }
}
