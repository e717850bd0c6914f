package dev.paperscope.ingest.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** Test utility: an HTTP server on 127.0.0.1, a free port, answering per path as a test sets it; records requests. */
public final class LoopbackServer implements AutoCloseable {
    /** Answers one request. */
    @FunctionalInterface
    public interface Answer {
        void answer(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    /** "METHOD path User-Agent" of each request, in order. */
    public final List<String> requests = new CopyOnWriteArrayList<>();

    public LoopbackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "loopback-http");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requests.add(exchange.getRequestMethod() + " " + path + " " + exchange.getRequestHeaders().getFirst("User-Agent"));
            try {
                Answer a = answers.get(path);
                if (a == null) {
                    send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
                } else {
                    a.answer(exchange);
                }
            } catch (IOException e) {
                // the client went away (a timeout or a size limit on its side)
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public void on(String path, Answer answer) {
        answers.put(path, answer);
    }

    public void page(String path, String contentType, String body) {
        page(path, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    public void page(String path, String contentType, byte[] body) {
        on(path, e -> send(e, 200, contentType, body));
    }

    public void status(String path, int status) {
        on(path, e -> send(e, status, "text/html", ("<html><p>status " + status + "</p></html>").getBytes(StandardCharsets.UTF_8)));
    }

    public void redirect(String path, int status, String location) {
        on(path, e -> {
            e.getResponseHeaders().add("Location", location);
            e.sendResponseHeaders(status, -1);
        });
    }

    public static void send(HttpExchange e, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            e.getResponseHeaders().add("Content-Type", contentType);
        }
        e.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = e.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
