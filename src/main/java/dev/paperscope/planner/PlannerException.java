package dev.paperscope.planner;

import dev.paperscope.catalog.RequestException;

/** A planner request that cannot be carried out: an unknown id ({@code NOT_FOUND}) or a bad request ({@code INVALID}). */
public final class PlannerException extends RequestException {
    private static final long serialVersionUID = 1L;

    PlannerException(Reason reason, String message) {
        super(reason, message);
    }
}
