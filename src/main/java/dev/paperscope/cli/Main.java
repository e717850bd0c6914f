package dev.paperscope.cli;

import dev.paperscope.app.EmbeddingSetup;
import dev.paperscope.catalog.RequestException;
import dev.paperscope.index.VectorQuantization;
import dev.paperscope.search.QuerySyntaxException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code bin/paperscope}. */
@Command(name = "paperscope", mixinStandardHelpOptions = true, version = "Paperscope 0.1.0",
        description = "Search and discovery for machine-learning research papers.",
        subcommands = {IngestCommand.class, ExportCommand.class, SearchCommand.class, RelatedCommand.class, RecommendCommand.class,
                AuthorCommand.class, WorksCommand.class, FilesCommand.class, RefreshCommand.class, RemoveCommand.class, AgendaCommand.class, ListsCommand.class, ReindexCommand.class, DemoCommand.class,
                ServeCommand.class, EvalCommand.class, RegressionsCommand.class, ClusterCommand.class,
                GradedCommand.class, AskCommand.class, AskEvalCommand.class, TopicsCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Held so the JUL configuration is not garbage-collected; Lucene's start-up notices are not for users. */
    private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");

    public static void main(String[] args) {
        LUCENE_LOG.setLevel(Level.WARNING);
        Optional<EmbeddingSetup> model;
        try {
            model = configuredModel();
        } catch (IllegalArgumentException e) {
            System.err.println("paperscope: " + e.getMessage());
            System.exit(CommandLine.ExitCode.USAGE);
            return;
        }
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), model));
    }

    /**
     * The embedding models named by {@code $PAPERSCOPE_MODEL} (see {@code EmbeddingModels}), two joined by
     * {@code +} for a dense ensemble; {@link EmbeddingSetup#DEFAULT_MODELS} when unset, none when it says
     * {@code none}. A data folder indexed with some models keeps its vectors only while the same models
     * are configured (docs/DECISIONS.md, "Embedding models in the product").
     */
    static Optional<EmbeddingSetup> configuredModel() {
        VectorQuantization quantization = hnswSetting(System.getenv("PAPERSCOPE_HNSW"));
        return modelSetting(System.getenv("PAPERSCOPE_MODEL")).map(n -> {
            Progress progress = Progress.lazy("embed passages", "passages");
            try {
                return EmbeddingSetup.forModels(n, quantization, progress::update);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("PAPERSCOPE_MODEL: " + e.getMessage(), e);
            }
        });
    }

    /**
     * How the first model's HNSW graph stores vectors, from {@code $PAPERSCOPE_HNSW}: {@code float32} (the
     * default) or {@code int8} (a quarter of the memory, lower recall; docs/BENCHMARKS.md). A change
     * rebuilds the index from the cached vectors.
     */
    static VectorQuantization hnswSetting(String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("float32")) {
            return VectorQuantization.NONE;
        }
        if (value.strip().equalsIgnoreCase("int8")) {
            return VectorQuantization.INT8;
        }
        throw new IllegalArgumentException("PAPERSCOPE_HNSW: expected float32 or int8, was \"" + value.strip() + "\"");
    }

    /** The model names a {@code $PAPERSCOPE_MODEL} value stands for; empty for {@code none}. */
    static Optional<List<String>> modelSetting(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(EmbeddingSetup.parseNames(EmbeddingSetup.DEFAULT_MODELS));
        }
        if (value.strip().equalsIgnoreCase("none")) {
            return Optional.empty();
        }
        return Optional.of(EmbeddingSetup.parseNames(value));
    }

    /** The data folder's embedding model, or none. */
    private final Optional<EmbeddingSetup> embedding;

    Main(Optional<EmbeddingSetup> embedding) {
        this.embedding = embedding;
    }

    Optional<EmbeddingSetup> embedding() {
        return embedding;
    }

    /** Runs one command with the given streams; returns the exit code (0 ok, 1 failure, 2 usage error). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, Optional.empty());
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter)}, with data folders opened with {@code embedding}'s model. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Optional<EmbeddingSetup> embedding) {
        CommandLine cli = new CommandLine(new Main(embedding));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler(Main::usageError);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof QuerySyntaxException) {
                commandLine.getErr().println("paperscope: bad query: " + e.getMessage());
                return CommandLine.ExitCode.USAGE;
            }
            if (isInvalidArgument(e)) {
                // A bad list name, note, position or planner argument is the caller's mistake, like a bad option.
                commandLine.getErr().println("paperscope: " + describe(e));
                return CommandLine.ExitCode.USAGE;
            }
            commandLine.getErr().println("paperscope: " + describe(e));
            if (System.getenv("PAPERSCOPE_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            }
            return CommandLine.ExitCode.SOFTWARE;
        });
        return cli.execute(args);
    }

    /**
     * A usage error is one line, {@code paperscope search: Unknown option: '--bogus' (paperscope search --help shows
     * usage)}, with picocli's suggestion for a near miss; the command's help page is {@code --help}'s, not the error's.
     */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        String command = commandLine.getCommandSpec().qualifiedName(" ");
        StringBuilder line = new StringBuilder(command).append(": ").append(describe(e).strip());
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            List<String> near = unmatched.getSuggestions().stream().limit(3).toList();
            line.append("; did you mean ").append(near.size() == 1 ? near.getFirst()
                    : String.join(", ", near.subList(0, near.size() - 1)) + " or " + near.getLast()).append('?');
        }
        line.append(" (").append(command).append(" --help shows usage)");
        commandLine.getErr().println(line);
        return commandLine.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static boolean isInvalidArgument(Exception e) {
        return e instanceof RequestException r && r.reason() == RequestException.Reason.INVALID; // a reading list's or the planner's
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command (paperscope --help lists them)");
    }
}
