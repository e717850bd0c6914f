package dev.paperscope.planner;

import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** One session: the talks one page lists for one room, in time order, with the session's moderator. */
public record Session(String id, String file, String room, String moderator, List<Talk> talks) {
    public Session {
        Objects.requireNonNull(id, "id");
        talks = List.copyOf(talks);
        if (talks.isEmpty()) {
            throw new IllegalArgumentException("session " + id + " has no talks");
        }
    }

    public ZonedDateTime start() {
        return talks.getFirst().start();
    }

    /** The latest end (or start, for talks without an end) of its talks. */
    public ZonedDateTime end() {
        return talks.stream().map(t -> t.end() == null ? t.start() : t.end())
                .max(Comparator.comparing(ZonedDateTime::toInstant)).orElseThrow();
    }
}
