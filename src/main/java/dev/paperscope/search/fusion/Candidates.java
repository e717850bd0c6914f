package dev.paperscope.search.fusion;

import dev.paperscope.search.Ranked;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/** The union of two rankings, each id with where each list placed it; shared by the fusion methods. */
final class Candidates {
    private static final Comparator<Fused> BEST_FIRST =
            Comparator.comparingDouble((Fused f) -> -f.score()).thenComparing(Fused::id);

    /** One id of the union before scoring. */
    record Candidate(String id, Contribution bm25, Contribution dense) {
    }

    private Candidates() {
    }

    static List<Candidate> union(List<Ranked> bm25, List<Ranked> dense) {
        Set<String> ids = new LinkedHashSet<>();
        Map<String, Contribution> lexical = ranks(bm25, ids);
        Map<String, Contribution> semantic = ranks(dense, ids);
        List<Candidate> out = new ArrayList<>(ids.size());
        ids.forEach(id -> out.add(new Candidate(id, lexical.get(id), semantic.get(id))));
        return out;
    }

    /** Ranks of one list by id. A repeated id keeps its best rank. */
    private static Map<String, Contribution> ranks(List<Ranked> list, Set<String> ids) {
        Map<String, Contribution> ranks = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Ranked r = list.get(i);
            if (ranks.putIfAbsent(r.id(), new Contribution(i + 1, r.score())) == null) {
                ids.add(r.id());
            }
        }
        return ranks;
    }

    /** Scores every candidate and orders them best first, ties by record id. */
    static List<Fused> score(List<Candidate> candidates, ToDoubleFunction<Candidate> scoring) {
        List<Fused> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            out.add(new Fused(c.id(), scoring.applyAsDouble(c), c.bm25(), c.dense()));
        }
        out.sort(BEST_FIRST);
        return List.copyOf(out);
    }
}
