package dev.paperscope.planner;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One starred work in one of its time slots (a work presented twice has an entry per slot; usually one).
 * {@code talk} is empty when neither the work nor any record it was starred through is in the catalog
 * any more (its page was re-ingested without it); {@code title} is what it was called when starred, so a
 * missing talk can still be named.
 *
 * @param workId    the starred work: the talk's current work, or the stored one when the talk is missing
 * @param recordIds the records the star was made through (the fallback when a work id no longer resolves)
 */
public record AgendaEntry(String workId, List<String> recordIds, Instant starredAt, String title, Optional<Talk> talk) {
    public AgendaEntry {
        Objects.requireNonNull(workId, "workId");
        Objects.requireNonNull(starredAt, "starredAt");
        Objects.requireNonNull(talk, "talk");
        recordIds = List.copyOf(recordIds);
    }

    public boolean missing() {
        return talk.isEmpty();
    }

    /** Whether {@code id} names this entry: its work, a record it was starred through, or a record of its talk. */
    public boolean isNamedBy(String id) {
        return workId.equals(id) || recordIds.contains(id) || talk.map(t -> t.isNamedBy(id)).orElse(false);
    }
}
