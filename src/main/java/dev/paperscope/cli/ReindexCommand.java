package dev.paperscope.cli;

import dev.paperscope.app.Counted;
import dev.paperscope.app.Paperscope;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "reindex", mixinStandardHelpOptions = true, description = "Rebuilds the search index from the catalog.")
final class ReindexCommand implements Callable<Integer> {
    @Mixin
    DataOption data;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Paperscope ps = data.open();
             Progress progress = Progress.start("reindex", ps.recordCount(), "records")) {
            long t0 = System.nanoTime();
            long n = ps.reindex(progress::stepTo);
            spec.commandLine().getOut().printf("reindexed %s in %.1f s%n", Counted.of(n, "record"), (System.nanoTime() - t0) / 1e9);
        }
        return 0;
    }
}
