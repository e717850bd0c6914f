package dev.paperscope.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --data-root DIR}: the folder of development data (BEIR datasets such as {@code beir-scifact/},
 * conference metadata in {@code conferences/}) that regressions and benchmarks read. It defaults to
 * {@code $PAPERSCOPE_DATA_ROOT}, else to nothing: the product ships no such data, and a command that needs
 * it says which option to give.
 */
public final class DataRootOption {
    public static final String ENV = "PAPERSCOPE_DATA_ROOT";
    @Option(names = "--data-root", paramLabel = "DIR",
            description = "Folder of the development data (beir-scifact/, conferences/; default: $PAPERSCOPE_DATA_ROOT, else none).")
    Path dataRoot;
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The data root given by the option, else by the environment; empty when neither gives one. */
    public Optional<Path> get() {
        if (dataRoot != null) {
            return Optional.of(dataRoot);
        }
        String env = System.getenv(ENV);
        return env == null || env.isBlank() ? Optional.empty() : Optional.of(Path.of(env.strip()));
    }

    /**
     * The data root, which {@code what} needs: a usage error naming the option when none is given, or
     * when the one given is not a folder.
     */
    public Path require(String what) {
        Path root = get().orElseThrow(() -> new ParameterException(command.commandLine(),
                what + " needs the development data: give --data-root DIR (the folder holding beir-scifact/, conferences/) or set " + ENV));
        if (!Files.isDirectory(root)) {
            throw new ParameterException(command.commandLine(), "--data-root " + root + " is not a folder" + (dataRoot == null ? " (from " + ENV + ")" : ""));
        }
        return root;
    }

    /** {@code relative} inside the data root, for an option whose default lies there (e.g. {@code conferences}). */
    public Path resolve(String relative, String what) {
        return require(what).resolve(relative);
    }
}
