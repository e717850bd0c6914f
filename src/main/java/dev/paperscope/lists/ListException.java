package dev.paperscope.lists;

import dev.paperscope.catalog.RequestException;

/** A reading-list request that cannot be carried out: an unknown list or item, a bad or taken name. */
public final class ListException extends RequestException {
    private static final long serialVersionUID = 1L;

    ListException(Reason reason, String message) {
        super(reason, message);
    }
}
