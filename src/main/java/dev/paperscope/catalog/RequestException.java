package dev.paperscope.catalog;

/**
 * A request on the user's data (a reading list, the agenda) that cannot be carried out; {@link #reason()}
 * tells an unknown id from a bad request and a taken name, for the CLI's exit code and the API's status.
 */
public abstract class RequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Reason { NOT_FOUND, INVALID, CONFLICT }

    private final Reason reason;

    protected RequestException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
