package dev.paperscope.web;

import dev.paperscope.api.ApiRoutes;
import dev.paperscope.api.JettyErrors;
import dev.paperscope.api.Library;
import dev.paperscope.api.Limits;
import dev.paperscope.api.WriteAuth;
import dev.paperscope.app.Paperscope;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.util.JavalinBindException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The HTTP server: JSON API under {@code /api/v1}, HTML pages, static assets (CSS, KaTeX from its
 * webjar). Binds to the loopback interface unless told otherwise. Closing stops the server; the data
 * folder stays open (its owner closes it).
 */
public final class PaperscopeServer implements AutoCloseable {
    public static final String LOOPBACK = "127.0.0.1";
    private final Javalin app;
    private final Settings settings;

    /** Where to listen, and the write token (empty: writes need none, for a single-user laptop). */
    public record Settings(String host, int port, Optional<String> writeToken) {
        public Settings {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(writeToken, "writeToken");
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must lie in 0..65535 (0: any free port), was " + port);
            }
        }

        /** Loopback, any free port, a fresh token: for tests and benchmarks. */
        public static Settings ephemeral() {
            return new Settings(LOOPBACK, 0, Optional.of(WriteAuth.newToken()));
        }
    }

    /** The port to listen on is taken by another process. */
    public static final class PortInUseException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int port;

        PortInUseException(int port, Throwable cause) {
            super("port " + port + " is in use", cause);
            this.port = port;
        }

        public int port() {
            return port;
        }
    }

    private PaperscopeServer(Javalin app, Settings settings) {
        this.app = app;
        this.settings = settings;
    }

    /** How often a server looks for other processes' changes to its data folder (see {@link Paperscope#watchCatalog}). */
    public static final Duration WATCH_PERIOD = Duration.ofMillis(500);
    /** How long the index may lag the catalog before the server catches it up itself (the ingesting process died). */
    public static final Duration TAKE_OVER_AFTER = Duration.ofSeconds(10);

    /**
     * Starts serving {@code paperscope}, which from now on also watches its data folder for other
     * processes' changes (an {@code ingest} beside the server), until it is closed.
     */
    public static PaperscopeServer start(Paperscope paperscope, Settings settings) {
        paperscope.watchCatalog(WATCH_PERIOD, TAKE_OVER_AFTER);
        Library library = new Library(paperscope);
        WriteAuth auth = new WriteAuth(settings.writeToken(), settings.host());
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            config.http.maxRequestSize = Limits.MAX_BODY_BYTES;
            config.jetty.modifyHttpConfiguration(http -> {
                http.setRequestHeaderSize(Limits.MAX_HEADER_BYTES);
                http.setSendServerVersion(false);
            });
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/web/static";
                files.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
            config.routes.before(ctx -> {
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "same-origin");
                Limits.check(ctx);
                auth.check(ctx);
            });
            ApiRoutes.register(config.routes, library);
            Pages.register(config.routes, library);
            ApiRoutes.registerErrors(config.routes, Pages::error);
        });
        try {
            app.start();
        } catch (JavalinBindException e) {
            throw new PortInUseException(settings.port(), e);
        }
        return new PaperscopeServer(app, settings);
    }

    public int port() {
        return app.port();
    }

    public URI url() {
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /** The URL a browser opens once to be allowed to write (see {@link WriteAuth}). */
    public URI urlWithToken() {
        return settings.writeToken().map(t -> URI.create(url() + "?token=" + t)).orElse(url());
    }

    /** Every HTTP route as "METHOD path" (e.g. {@code GET /api/v1/works/{id}}), for checks that the API document covers them. */
    public List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(p -> p.endpoint.method.name() + " " + p.endpoint.path).sorted().toList();
    }

    public Optional<String> writeToken() {
        return settings.writeToken();
    }

    @Override
    public void close() {
        app.stop();
    }
}
