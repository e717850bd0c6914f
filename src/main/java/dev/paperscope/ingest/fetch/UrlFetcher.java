package dev.paperscope.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;

/**
 * Fetches pages over http(s) with {@link HttpClient}, politely and within bounds ({@link FetchSettings}):
 * redirects followed one by one (at most {@code maxRedirects}, never in a loop), the body read as a stream
 * and cut off past {@code maxBytes} (also after gzip is undone), the whole answer within the read timeout,
 * gzip accepted, a User-Agent naming Paperscope, and one request at a time per host with a pause between.
 * Thread-safe; close it to release its threads.
 */
public final class UrlFetcher implements AutoCloseable {
    private final FetchSettings settings;
    private final HttpClient client;
    private final Clock clock;
    private final ScheduledExecutorService watchdog;
    private final Map<String, Object> hostLocks = new ConcurrentHashMap<>();
    private final Map<String, Long> lastRequestNanos = new ConcurrentHashMap<>();

    public UrlFetcher(FetchSettings settings) {
        this(settings, Clock.systemUTC());
    }

    public UrlFetcher(FetchSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "paperscope-fetch-watchdog");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Fetches {@code url} (normalised first), following redirects.
     *
     * @throws FetchException saying why there is no page: see {@link FetchException.Kind}
     */
    public Fetched fetch(String url) throws FetchException {
        String start = UrlNames.normalise(url);
        Set<String> visited = new LinkedHashSet<>();
        String current = start;
        for (int hop = 0; ; hop++) {
            if (!visited.add(current)) {
                throw new FetchException(start, FetchException.Kind.REDIRECTS, 0, "redirect loop: " + String.join(" -> ", visited) + " -> " + current);
            }
            HttpResponse<InputStream> response = politely(current);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                closeQuietly(response.body());
                Optional<String> location = response.headers().firstValue("Location");
                if (location.isEmpty()) {
                    throw new FetchException(start, FetchException.Kind.HTTP_ERROR, status, "HTTP " + status + " redirect without a Location");
                }
                if (hop >= settings.maxRedirects()) {
                    throw new FetchException(start, FetchException.Kind.REDIRECTS, status, "more than " + settings.maxRedirects()
                            + " redirects (last to " + location.get() + ")");
                }
                current = UrlNames.normalise(URI.create(current).resolve(location.get().strip()).toString());
                continue;
            }
            if (status == 404 || status == 410) {
                closeQuietly(response.body());
                throw new FetchException(start, FetchException.Kind.GONE, status, "HTTP " + status + (status == 404 ? " Not Found" : " Gone")
                        + (current.equals(start) ? "" : " at " + current));
            }
            if (status < 200 || status >= 300) {
                closeQuietly(response.body());
                throw new FetchException(start, FetchException.Kind.HTTP_ERROR, status, "HTTP " + status + " from the server"
                        + (status >= 500 ? " (a server error; try again later)" : ""));
            }
            byte[] body = read(start, response);
            Fetched.ContentType type = Fetched.contentType(response.headers().firstValue("Content-Type").orElse(null));
            return new Fetched(start, current, status, type.mediaType(), type.charset(), body, Instant.now(clock));
        }
    }

    /** Sends one GET, one request at a time per host, after the pause since the last one there. */
    private HttpResponse<InputStream> politely(String url) throws FetchException {
        URI uri = URI.create(url);
        String host = uri.getHost().toLowerCase(Locale.ROOT) + ":" + uri.getPort();
        synchronized (hostLocks.computeIfAbsent(host, h -> new Object())) {
            Long last = lastRequestNanos.get(host);
            if (last != null) {
                long waitNanos = settings.hostDelay().toNanos() - (System.nanoTime() - last);
                if (waitNanos > 0) {
                    try {
                        TimeUnit.NANOSECONDS.sleep(waitNanos);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new FetchException(url, FetchException.Kind.UNREACHABLE, 0, "interrupted", e);
                    }
                }
            }
            try {
                return send(url, uri);
            } finally {
                lastRequestNanos.put(host, System.nanoTime());
            }
        }
    }

    private HttpResponse<InputStream> send(String url, URI uri) throws FetchException {
        HttpRequest request = HttpRequest.newBuilder(uri).GET().timeout(settings.readTimeout())
                .header("User-Agent", settings.userAgent()).header("Accept-Encoding", "gzip")
                .header("Accept", "text/html,application/xhtml+xml,application/json,text/csv,application/atom+xml,"
                        + "application/x-bibtex,application/pdf;q=0.9,text/plain;q=0.8,*/*;q=0.5").build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw new FetchException(url, FetchException.Kind.UNREACHABLE, 0, "cannot connect within " + seconds(settings.connectTimeout()), e);
        } catch (HttpTimeoutException e) {
            throw new FetchException(url, FetchException.Kind.TIMEOUT, 0, "no answer within " + seconds(settings.readTimeout()), e);
        } catch (ConnectException e) {
            throw new FetchException(url, FetchException.Kind.UNREACHABLE, 0, "cannot connect (" + describe(e) + "); offline, or the server is down", e);
        } catch (IOException e) {
            throw new FetchException(url, FetchException.Kind.UNREACHABLE, 0, "cannot fetch (" + describe(e) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(url, FetchException.Kind.UNREACHABLE, 0, "interrupted", e);
        }
    }

    /** The body, gzip undone, at most {@code maxBytes}, read completely within the read timeout. */
    private byte[] read(String url, HttpResponse<InputStream> response) throws FetchException {
        boolean gzip = response.headers().firstValue("Content-Encoding").map(v -> v.strip().equalsIgnoreCase("gzip")).orElse(false);
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        InputStream raw = response.body();
        if (!gzip && declared > settings.maxBytes()) {
            closeQuietly(raw);
            throw tooLarge(url, "declares " + declared + " bytes");
        }
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> deadline = watchdog.schedule(() -> {
            timedOut.set(true);
            closeQuietly(raw);
        }, settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        try (InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > settings.maxBytes()) {
                    throw tooLarge(url, gzip ? "expands past the limit" : "is longer than the limit");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            if (timedOut.get()) {
                throw new FetchException(url, FetchException.Kind.TIMEOUT, response.statusCode(), "the page was not sent completely within "
                        + seconds(settings.readTimeout()), e);
            }
            throw new FetchException(url, FetchException.Kind.BROKEN_BODY, response.statusCode(), "cannot read the page ("
                    + (gzip ? "gzip: " : "") + describe(e) + ")", e);
        } finally {
            deadline.cancel(false);
            closeQuietly(raw);
        }
    }

    private FetchException tooLarge(String url, String what) {
        return new FetchException(url, FetchException.Kind.TOO_LARGE, 200, "the page " + what + " of " + settings.maxBytes() + " bytes");
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
    }

    private static String seconds(java.time.Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // closing a response body we no longer need; nothing to report
        }
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
        client.close();
    }
}
