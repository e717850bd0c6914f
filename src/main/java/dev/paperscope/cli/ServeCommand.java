package dev.paperscope.cli;

import dev.paperscope.api.WriteAuth;
import dev.paperscope.app.Counted;
import dev.paperscope.app.Paperscope;
import dev.paperscope.web.PaperscopeServer;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the search pages and the JSON API (/api/v1) until stopped (Ctrl-C).",
                "Binds to 127.0.0.1 unless --host says otherwise; writes need the printed token unless --no-auth."})
final class ServeCommand extends DataCommand {
    @Option(names = "--port", defaultValue = "8080", paramLabel = "N", description = "Port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;
    @Option(names = "--host", defaultValue = PaperscopeServer.LOOPBACK, paramLabel = "ADDR",
            description = "Address to bind (default ${DEFAULT-VALUE}: this machine only).")
    String host;
    @Option(names = "--no-auth", description = "Allow writes without the token (a single-user laptop).")
    boolean noAuth;
    /** Opened by Ctrl-C; told when the data folder is closed. */
    private Stopper stopper;

    /** Checks --port, then holds the shutdown hook while the data folder is open, so Ctrl-C closes it cleanly. */
    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65_535) {
            throw usage("--port must lie in 0..65535, was " + port);
        }
        stopper = Stopper.onShutdown();
        try {
            return super.call();
        } finally {
            stopper.closed();
        }
    }

    @Override
    int run(Paperscope ps, PrintWriter out) throws InterruptedException {
        serve(ps, new PaperscopeServer.Settings(host, port, noAuth ? Optional.empty() : Optional.of(WriteAuth.newToken())), out, stopper.stop());
        return 0;
    }

    /**
     * Ctrl-C runs the JVM's shutdown hooks and then halts: the hook opens {@code stop} and waits until the
     * server and the data folder are closed, so the index is committed before the process ends.
     */
    record Stopper(CountDownLatch stop, CountDownLatch closedLatch) {
        static Stopper onShutdown() {
            Stopper s = new Stopper(new CountDownLatch(1), new CountDownLatch(1));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                s.stop.countDown();
                try {
                    s.closedLatch.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "paperscope-stop"));
            return s;
        }

        void closed() {
            closedLatch.countDown();
        }
    }

    /** Serves until {@code stop} opens; shared with {@code demo --serve}. */
    static void serve(Paperscope ps, PaperscopeServer.Settings settings, PrintWriter out, CountDownLatch stop) throws InterruptedException {
        PaperscopeServer started;
        try {
            started = PaperscopeServer.start(ps, settings);
        } catch (PaperscopeServer.PortInUseException e) {
            throw new IllegalStateException(e.getMessage() + "; choose another with --port", e);
        }
        ps.preloadModels();
        try (PaperscopeServer server = started) {
            out.println("Paperscope is serving " + ps.dataDir().toAbsolutePath() + " (" + Counted.of(ps.recordCount(), "record") + ")");
            out.println("  open:  " + server.urlWithToken());
            out.println("  API:   " + server.url() + "api/v1/search?q=diffusion");
            out.println(server.writeToken().map(t -> "  write token: " + t + "  (send 'Authorization: Bearer " + t + "')")
                    .orElse("  writes need no token (--no-auth)"));
            out.println("Stop with Ctrl-C.");
            out.flush();
            stop.await();
        }
    }
}
