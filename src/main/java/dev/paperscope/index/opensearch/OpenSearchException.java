package dev.paperscope.index.opensearch;

/** A cluster that cannot be started, reached or written to; the message says what and where. */
public class OpenSearchException extends RuntimeException {
    public OpenSearchException(String message) {
        super(message);
    }

    public OpenSearchException(String message, Throwable cause) {
        super(message, cause);
    }
}
