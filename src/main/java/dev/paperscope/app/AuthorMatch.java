package dev.paperscope.app;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whom a written name means: the person of that exact name (any spelling), else the one person a
 * partial name fits (a surname alone) with that one candidate; else no profile, and the people it may
 * mean (none when nobody fits), most works first.
 */
public record AuthorMatch(Optional<AuthorProfile> profile, List<AuthorCandidate> candidates) {
    public AuthorMatch {
        Objects.requireNonNull(profile, "profile");
        candidates = List.copyOf(candidates);
    }
}
