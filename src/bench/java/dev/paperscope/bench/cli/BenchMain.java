package dev.paperscope.bench.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Entry point of {@code bin/paperscope bench ...}: the benchmarks live in their own
 * jar ({@code target/paperscope-bench.jar}, built from {@code src/bench/java}), outside the product's.
 * Exit codes as the product's CLI: 0 ok, 1 failure, 2 usage error.
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) {
        java.util.logging.Logger.getLogger("org.apache.lucene").setLevel(java.util.logging.Level.WARNING);
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs {@code bench} with these arguments and streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new BenchCommand());
        cli.setCommandName("paperscope bench");
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            String message = e.getMessage();
            commandLine.getErr().println("paperscope bench: " + (message == null || message.isBlank() ? e.getClass().getSimpleName() : message));
            if (System.getenv("PAPERSCOPE_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            }
            return CommandLine.ExitCode.SOFTWARE;
        });
        return cli.execute(args);
    }
}
