package dev.paperscope.search.fusion;

import java.util.Objects;

/**
 * One id after fusion: its fused score, and where each retriever ranked it ({@code bm25} or {@code dense}
 * is null when that retriever did not return it).
 */
public record Fused(String id, double score, Contribution bm25, Contribution dense) {
    public Fused {
        Objects.requireNonNull(id, "id");
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("fused score must be finite, was " + score);
        }
        if (bm25 == null && dense == null) {
            throw new IllegalArgumentException("a fused id comes from at least one retriever");
        }
    }
}
