package dev.paperscope.cli;

import dev.paperscope.app.Paperscope;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --data DIR}: defaults to {@code $PAPERSCOPE_DATA}, else {@code ~/.paperscope}; with the search backend ({@link BackendOption}). */
final class DataOption {
    @Option(names = "--data", paramLabel = "DIR", description = "Data folder (default: $PAPERSCOPE_DATA, else ~/.paperscope).")
    Path data;
    @Mixin
    BackendOption backend = new BackendOption();
    /** The command this option belongs to; its root is {@link Main}, which knows the embedding model. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** Opens the data folder the way every command must, so none of them rebuilds the index differently. */
    Paperscope open() {
        Path dir = resolve();
        try {
            backend.choose(dir);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), e.getMessage(), e);
        }
        return Paperscope.open(dir, ((Main) command.root().userObject()).embedding());
    }

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
