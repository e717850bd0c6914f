package dev.paperscope.cli;

import dev.paperscope.search.Bm25Params;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --k1} and {@code --b}, shared by the commands that rank with BM25; bad values are usage errors. */
final class Bm25Options {
    @Option(names = "--k1", defaultValue = "0.9", description = "BM25 k1 (default ${DEFAULT-VALUE}).")
    float k1;
    @Option(names = "--b", defaultValue = "0.4", description = "BM25 b (default ${DEFAULT-VALUE}).")
    float b;

    Bm25Params params(CommandLine commandLine) {
        try {
            return new Bm25Params(k1, b);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, e.getMessage());
        }
    }
}
