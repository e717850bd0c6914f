package dev.paperscope.search.fusion;

import dev.paperscope.search.Ranked;
import java.util.List;

/**
 * Combines a BM25 ranking and a dense ranking of the same query into one. Implementations order by
 * fused score, best first, and break ties by record id, so the same inputs always give the same order.
 */
public interface Fusion {
    /** Both lists are best first, each id at most once (a repeated id keeps its best rank). */
    List<Fused> fuse(List<Ranked> bm25, List<Ranked> dense);
}
