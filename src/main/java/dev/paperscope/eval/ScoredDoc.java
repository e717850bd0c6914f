package dev.paperscope.eval;

/** One retrieved document of a run: its corpus id and the retriever's score. */
public record ScoredDoc(String docId, double score) {
    public ScoredDoc {
        if (docId == null || docId.isEmpty()) {
            throw new IllegalArgumentException("doc id must not be empty");
        }
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("score of " + docId + " must be finite, was " + score);
        }
    }
}
