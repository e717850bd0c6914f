package dev.paperscope.search.answers;

import java.util.Objects;

/**
 * A passage that may hold the answer to a question, with its provenance: the record (and work) it belongs to,
 * the file, the line its text starts at, and its page in a paged file (else null). {@code rank} is its place
 * (0-based) in the retrieval that found it: passages of one record share their record's rank.
 */
public record Candidate(String recordId, String workId, String title, String text, String file, int line, Integer page,
                        int rank) {
    public Candidate {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(file, "file");
        if (rank < 0) {
            throw new IllegalArgumentException("rank must be >= 0, was " + rank);
        }
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1-based, was " + line);
        }
    }

    /** The paper this passage speaks for: its work, or its record when it has no work. */
    String paper() {
        return workId != null ? workId : recordId;
    }
}
