package dev.paperscope.planner;

/** A planner request that cannot be carried out; {@link #reason()} tells an unknown id from a bad request. */
public final class PlannerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Reason { NOT_FOUND, INVALID }

    private final Reason reason;

    PlannerException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
