package dev.paperscope.search.fusion;

/** Where one retriever placed a hit: its 1-based rank and its raw score in that retriever's list. */
public record Contribution(int rank, float score) {
    public Contribution {
        if (rank < 1) {
            throw new IllegalArgumentException("ranks start at 1, was " + rank);
        }
    }
}
