package dev.paperscope.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --data DIR}: defaults to {@code $PAPERSCOPE_DATA}, else {@code ~/.paperscope}. */
final class DataOption {
    @Option(names = "--data", paramLabel = "DIR", description = "Data folder (default: $PAPERSCOPE_DATA, else ~/.paperscope).")
    Path data;

    Path resolve() {
        if (data != null) {
            return data;
        }
        String env = System.getenv("PAPERSCOPE_DATA");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".paperscope");
    }
}
