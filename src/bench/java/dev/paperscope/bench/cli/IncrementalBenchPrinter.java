package dev.paperscope.bench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.paperscope.bench.IncrementalResolutionBenchmark;
import dev.paperscope.bench.MemoryFigures;
import java.io.PrintWriter;

/** Runs {@code bench --resolution --incremental-records N} and prints its report; progress goes to stderr. */
final class IncrementalBenchPrinter {
    private IncrementalBenchPrinter() {
    }

    static int run(IncrementalResolutionBenchmark.Config config, boolean json, PrintWriter out, PrintWriter err) throws Exception {
        IncrementalResolutionBenchmark.Report r = IncrementalResolutionBenchmark.run(config, line -> {
            err.println("bench: " + line);
            err.flush();
        });
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r));
            return 0;
        }
        out.printf("%d records, %d works; catalog %s%n", r.records(), r.works(),
                r.reused() ? "reused (built by an earlier run)" : String.format("built in %.1f s", r.buildSeconds()));
        for (IncrementalResolutionBenchmark.Step s : r.steps()) {
            out.printf("%-28s incremental %8.0f ms   whole %s%n", s.name(), s.incrementalMillis(),
                    Double.isNaN(s.wholeMillis()) ? "not timed" : String.format("%8.0f ms", s.wholeMillis()));
        }
        out.printf("heap used after a full GC once built %s; peak RSS (VmHWM) %s; catalog on disk %s%n",
                MemoryFigures.human(r.heapAfterBuildBytes()), MemoryFigures.human(r.peakRssBytes()), MemoryFigures.human(r.catalogBytes()));
        out.printf("load average (1 min) at the end: %.1f%n", r.loadAverage());
        return 0;
    }
}
