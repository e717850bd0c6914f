package dev.paperscope.search.fusion;

import dev.paperscope.search.Ranked;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The order of a hybrid search's matching set, shared by search and evaluation: the fused candidates
 * (BM25's top depth and the dense candidates that reach the similarity floor, each scored by both
 * signals), then every other BM25 match in BM25's order. The candidates are fixed by the query, not by
 * the page asked for, so a longer page only shows more of the same ranking. The other matches were not
 * fused: they carry fused score 0 and their BM25 rank and score.
 */
public final class HybridRanking {
    private HybridRanking() {
    }

    /**
     * @param bm25Candidates  BM25's scores of the candidates it matches, best first
     * @param denseCandidates the models' scores of the candidates, best first
     * @param bm25Order       BM25's ranking of its matches, best first: all of them, or at least as many
     *                        as the caller will read past the fused candidates
     */
    public static List<Fused> rank(Fusion fusion, List<Ranked> bm25Candidates, List<Ranked> denseCandidates, List<Ranked> bm25Order) {
        List<Fused> fused = fusion.fuse(bm25Candidates, denseCandidates);
        Set<String> seen = new HashSet<>();
        fused.forEach(f -> seen.add(f.id()));
        List<Fused> out = new ArrayList<>(fused.size() + bm25Order.size());
        out.addAll(fused);
        for (int i = 0; i < bm25Order.size(); i++) {
            Ranked r = bm25Order.get(i);
            if (seen.add(r.id())) {
                out.add(new Fused(r.id(), 0, new Contribution(i + 1, r.score()), null));
            }
        }
        return out;
    }
}
