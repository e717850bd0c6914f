package dev.paperscope.cli;

import dev.paperscope.app.Counted;
import dev.paperscope.app.Paperscope;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

@Command(name = "reindex", mixinStandardHelpOptions = true, description = "Rebuilds the search index from the catalog.")
final class ReindexCommand extends DataCommand {
    @Override
    int run(Paperscope ps, PrintWriter out) {
        try (Progress progress = Progress.start("reindex", ps.recordCount(), "records")) {
            long t0 = System.nanoTime();
            long n = ps.changes().reindex(progress::stepTo);
            out.printf("reindexed %s in %.1f s%n", Counted.of(n, "record"), (System.nanoTime() - t0) / 1e9);
        }
        return 0;
    }
}
