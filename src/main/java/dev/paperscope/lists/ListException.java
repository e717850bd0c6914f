package dev.paperscope.lists;

/** A reading-list request that cannot be carried out: an unknown list or item, a bad or taken name. */
public final class ListException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Reason { NOT_FOUND, INVALID, CONFLICT }

    private final Reason reason;

    ListException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
