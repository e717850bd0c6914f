package dev.paperscope.cli;

import dev.paperscope.app.EmbeddingSetup;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;

/** One CLI invocation in process, as the tests see it: exit code and what was printed. */
record CliRun(int exit, String out, String err) {
    static CliRun of(String... args) {
        return of(Optional.empty(), args);
    }

    static CliRun of(Optional<EmbeddingSetup> embedding, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), embedding);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
