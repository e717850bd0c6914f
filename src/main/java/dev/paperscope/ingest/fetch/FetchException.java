package dev.paperscope.ingest.fetch;

import java.util.Objects;

/**
 * A URL that could not be fetched: why ({@link Kind}), the HTTP status when the server answered (else 0),
 * and the underlying cause, kept. The message names the URL and says what to do where there is something.
 */
public final class FetchException extends Exception {
    /** What went wrong. */
    public enum Kind {
        /** Not an http(s) URL, or not a well-formed one. */
        BAD_URL,
        /** The server says the page does not exist (404) or no longer does (410). */
        GONE,
        /** Any other answer that is not a page: 4xx, 5xx, or a 3xx without a place to go. */
        HTTP_ERROR,
        /** No connection: refused, unknown host, network down, TLS failure. */
        UNREACHABLE,
        /** The server did not answer, or not completely, in time. */
        TIMEOUT,
        /** More redirects than allowed, or a redirect back to a URL already visited. */
        REDIRECTS,
        /** The body is larger than allowed. */
        TOO_LARGE,
        /** The body could not be read or decoded (a broken gzip stream, a dropped connection). */
        BROKEN_BODY
    }

    private final String url;
    private final Kind kind;
    private final int status;

    public FetchException(String url, Kind kind, int status, String message, Throwable cause) {
        super(url + ": " + message, cause);
        this.url = Objects.requireNonNull(url, "url");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.status = status;
    }

    public FetchException(String url, Kind kind, int status, String message) {
        this(url, kind, status, message, null);
    }

    public String url() {
        return url;
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status of the answer that failed, or 0 when there was none. */
    public int status() {
        return status;
    }
}
