package dev.paperscope.app;

import java.util.Objects;

/** A person whose name fits a partial name (e.g. a surname alone), with how much they wrote: for choosing one. */
public record AuthorCandidate(String id, String name, int works, int records) {
    public AuthorCandidate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (works < 1 || records < works) {
            throw new IllegalArgumentException("a candidate has at least one work and a record per work: " + works + ", " + records);
        }
    }
}
