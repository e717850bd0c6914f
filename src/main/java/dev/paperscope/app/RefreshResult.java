package dev.paperscope.app;

import dev.paperscope.catalog.IngestOutcome;
import java.util.List;
import java.util.Objects;

/**
 * What fetching one URL source again did: {@code UNCHANGED} (same bytes: nothing changed), {@code UPDATED}
 * (new bytes replaced its records; {@code outcome} counts what was added, removed and changed), {@code GONE}
 * (the server says 404 or 410: its records are kept) or {@code FAILED} (no answer, a server error, a page
 * that no longer parses: nothing changed). {@code message} says why for the last two.
 */
public record RefreshResult(String url, Status status, IngestOutcome outcome, String message, List<String> warnings) {
    public enum Status { UNCHANGED, UPDATED, GONE, FAILED }

    public RefreshResult {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(status, "status");
        message = message == null ? "" : message;
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        if ((outcome == null) != (status == Status.GONE || status == Status.FAILED)) {
            throw new IllegalArgumentException("an outcome is given exactly for unchanged and updated sources");
        }
    }

    /** Whether the source needs the user's attention: gone, or not refreshed. */
    public boolean problem() {
        return status == Status.GONE || status == Status.FAILED;
    }
}
