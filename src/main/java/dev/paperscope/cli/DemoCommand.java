package dev.paperscope.cli;

import dev.paperscope.api.WriteAuth;
import dev.paperscope.app.Counted;
import dev.paperscope.app.Demo;
import dev.paperscope.app.Paperscope;
import dev.paperscope.app.SearchOptions;
import dev.paperscope.catalog.IngestOutcome;
import dev.paperscope.ingest.ParseException;
import dev.paperscope.web.PaperscopeServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingests the bundled demo pages into the data folder, then runs example searches.")
final class DemoCommand extends DataCommand {
    @Option(names = "--limit", defaultValue = "3", paramLabel = "N", description = "Hits per example search (default ${DEFAULT-VALUE}).")
    int limit;
    @Option(names = "--serve", description = "Then serve the demo data on http://127.0.0.1:PORT/ until Ctrl-C.")
    boolean serve;
    @Option(names = "--port", defaultValue = "8080", paramLabel = "N", description = "Port for --serve (default ${DEFAULT-VALUE}).")
    int port;
    @Option(names = "--write-bundled-vectors", hidden = true, paramLabel = "DIR",
            description = "For maintainers: write the demo passages' vectors of the configured models to DIR (demo/vectors).")
    Path bundledVectorsDir;
    /** With --serve: opened by Ctrl-C; told when the data folder is closed. */
    private ServeCommand.Stopper stopper;

    /** With --serve, holds the shutdown hook while the data folder is open, as {@code serve} does. */
    @Override
    public Integer call() throws Exception {
        stopper = serve ? ServeCommand.Stopper.onShutdown() : null;
        try {
            return super.call();
        } finally {
            if (stopper != null) {
                stopper.closed();
            }
        }
    }

    @Override
    int run(Paperscope ps, PrintWriter out) throws ParseException, InterruptedException, IOException {
        out.println("Demo data folder: " + ps.dataDir().toAbsolutePath());
        for (IngestOutcome o : Demo.ingestBundledPages(ps)) {
            out.printf("  %-36s %-17s %4d %-7s (%s)%n", o.file(), o.format(), o.records(), Counted.noun(o.records(), "record"),
                    o.status().name().toLowerCase());
        }
        out.printf("Catalog holds %s.%n", Counted.of(ps.recordCount(), "record"));
        if (bundledVectorsDir != null) {
            Demo.writeBundledVectors(ps, bundledVectorsDir).forEach(f -> out.println("wrote " + f));
            return 0;
        }
        for (String query : Demo.EXAMPLE_QUERIES) {
            out.println();
            out.println("$ paperscope search '" + query + "'");
            // as `paperscope search` prints it: one hit per work
            ResultPrinter.print(ps.searches().works(query, limit, SearchOptions.DEFAULT), true, out, System.console() != null);
        }
        out.println();
        out.println("Try your own: bin/paperscope search --data " + ps.dataDir() + " 'your query'");
        if (serve) {
            out.println();
            ServeCommand.serve(ps, new PaperscopeServer.Settings(PaperscopeServer.LOOPBACK, port,
                    Optional.of(WriteAuth.newToken())), out, stopper.stop());
        }
        return 0;
    }
}
