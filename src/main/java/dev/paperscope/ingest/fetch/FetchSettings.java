package dev.paperscope.ingest.fetch;

import dev.paperscope.ingest.Checks;
import java.time.Duration;

/**
 * How politely and how far a {@link UrlFetcher} goes: connection and read timeouts (the read timeout bounds
 * the whole answer, headers and body), how many redirects it follows, how large a body may be (after gzip
 * is undone), the pause between two requests to one host, and the User-Agent it names itself by.
 */
public record FetchSettings(Duration connectTimeout, Duration readTimeout, int maxRedirects, long maxBytes, Duration hostDelay,
                            String userAgent) {
    /** The largest body kept: the limit a file on disk is held to. */
    public static final long MAX_BYTES = dev.paperscope.ingest.SourceDocument.MAX_FILE_BYTES;
    public static final String USER_AGENT = "Paperscope/1.0 (self-hosted search for research papers; fetches pages its user asked for)";
    public static final FetchSettings DEFAULT = new FetchSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), 5, MAX_BYTES,
            Duration.ofSeconds(1), USER_AGENT);

    public FetchSettings {
        Checks.present("connectTimeout", connectTimeout, "readTimeout", readTimeout, "hostDelay", hostDelay,
                "userAgent", userAgent);
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (maxRedirects < 0 || maxBytes < 1 || hostDelay.isNegative()) {
            throw new IllegalArgumentException("maxRedirects must be >= 0, maxBytes >= 1 and hostDelay >= 0");
        }
    }

    public FetchSettings withReadTimeout(Duration d) {
        return new FetchSettings(connectTimeout, d, maxRedirects, maxBytes, hostDelay, userAgent);
    }

    public FetchSettings withMaxBytes(long n) {
        return new FetchSettings(connectTimeout, readTimeout, maxRedirects, n, hostDelay, userAgent);
    }

    public FetchSettings withHostDelay(Duration d) {
        return new FetchSettings(connectTimeout, readTimeout, maxRedirects, maxBytes, d, userAgent);
    }
}
