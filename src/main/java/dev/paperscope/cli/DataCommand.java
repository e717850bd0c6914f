package dev.paperscope.cli;

import dev.paperscope.app.Paperscope;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A command that works on one data folder: {@code --data}, its options checked, then the folder opened once
 * (as {@link DataOption#open()} opens it) and closed when the command is done. Its exit code is {@link #run}'s.
 */
abstract class DataCommand implements Callable<Integer> {
    @Mixin
    DataOption data;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        check();
        try (Paperscope ps = data.open()) {
            return run(ps, spec.commandLine().getOut());
        }
    }

    /** Checks the options before the data folder is opened; throws {@link #usage} on a bad one. */
    void check() {
    }

    /** Does the command's work on the open data folder, printing to {@code out}; returns the exit code. */
    abstract int run(Paperscope ps, PrintWriter out) throws Exception;

    /** A usage error (exit code 2, with the usage text), as picocli reports a bad option. */
    ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** The command's error stream. */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** {@code --limit} of the commands that search: 1 to {@link dev.paperscope.search.SearchResults#MAX_LIMIT}. */
    void checkLimit(int limit) {
        if (limit < 1 || limit > dev.paperscope.search.SearchResults.MAX_LIMIT) {
            throw usage("--limit must lie in 1..10000");
        }
    }
}
