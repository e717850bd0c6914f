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
        // $HOME first: Java's user.home comes from the password database and ignores a changed HOME.
        String home = System.getenv("HOME");
        return Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home"), ".paperscope");
    }
}
