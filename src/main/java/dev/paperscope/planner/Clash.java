package dev.paperscope.planner;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Two starred talks whose times overlap ({@code first} starts no later than {@code second}); the overlap
 * runs from {@code overlapStart} to {@code overlapEnd}. Back-to-back talks do not clash.
 */
public record Clash(Talk first, Talk second, ZonedDateTime overlapStart, ZonedDateTime overlapEnd) {
    public Clash {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (!overlapEnd.isAfter(overlapStart)) {
            throw new IllegalArgumentException("a clash needs a positive overlap");
        }
    }

    public Duration overlap() {
        return Duration.between(overlapStart, overlapEnd);
    }

    /** Whether the two talks are in different rooms (the clash then also costs a walk). */
    public boolean differentRooms() {
        return !first.room().equals(second.room());
    }
}
