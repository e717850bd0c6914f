package dev.paperscope.planner;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One starred talk. {@code talk} is empty when the record is no longer in the catalog (its page was
 * re-ingested without it); {@code title} is what it was called when starred, so a missing talk can still
 * be named.
 */
public record AgendaEntry(String recordId, Instant starredAt, String title, Optional<Talk> talk) {
    public AgendaEntry {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(starredAt, "starredAt");
        Objects.requireNonNull(talk, "talk");
    }

    public boolean missing() {
        return talk.isEmpty();
    }
}
