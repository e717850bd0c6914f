package dev.paperscope.cli;

import dev.paperscope.api.WriteAuth;
import dev.paperscope.app.Counted;
import dev.paperscope.app.Demo;
import dev.paperscope.app.Paperscope;
import dev.paperscope.catalog.IngestOutcome;
import dev.paperscope.ingest.ParseException;
import dev.paperscope.search.Bm25Params;
import dev.paperscope.web.PaperscopeServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingests the bundled demo pages into the data folder, then runs example searches.")
final class DemoCommand implements Callable<Integer> {
    @Mixin
    DataOption data;
    @Option(names = "--limit", defaultValue = "3", paramLabel = "N", description = "Hits per example search (default ${DEFAULT-VALUE}).")
    int limit;
    @Option(names = "--serve", description = "Then serve the demo data on http://127.0.0.1:PORT/ until Ctrl-C.")
    boolean serve;
    @Option(names = "--port", defaultValue = "8080", paramLabel = "N", description = "Port for --serve (default ${DEFAULT-VALUE}).")
    int port;
    @Option(names = "--write-bundled-vectors", hidden = true, paramLabel = "DIR",
            description = "For maintainers: write the demo passages' vectors of the configured models to DIR (demo/vectors).")
    Path bundledVectorsDir;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ParseException, InterruptedException, IOException {
        PrintWriter out = spec.commandLine().getOut();
        ServeCommand.Stopper stopper = serve ? ServeCommand.Stopper.onShutdown() : null;
        try (Paperscope ps = data.open()) {
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
                ResultPrinter.print(ps.search(query, limit, Bm25Params.DEFAULT), out, System.console() != null);
            }
            out.println();
            out.println("Try your own: bin/paperscope search --data " + ps.dataDir() + " 'your query'");
            if (serve) {
                out.println();
                ServeCommand.serve(ps, new PaperscopeServer.Settings(PaperscopeServer.LOOPBACK, port,
                        Optional.of(WriteAuth.newToken())), out, stopper.stop());
            }
        } finally {
            if (stopper != null) {
                stopper.closed();
            }
        }
        return 0;
    }
}
