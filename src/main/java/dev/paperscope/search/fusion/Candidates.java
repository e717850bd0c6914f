package dev.paperscope.search.fusion;

import dev.paperscope.search.SearchHit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** The union of two rankings, each hit with where each list placed it; shared by the fusion methods. */
final class Candidates {
    private static final Comparator<FusedHit> BEST_FIRST =
            Comparator.comparingDouble((FusedHit h) -> -h.score()).thenComparing(FusedHit::id);

    /** One hit of the union before scoring. */
    record Candidate(SearchHit hit, Contribution bm25, Contribution dense) {
    }

    private Candidates() {
    }

    static List<Candidate> union(List<SearchHit> bm25, List<SearchHit> dense) {
        Map<String, SearchHit> hits = new LinkedHashMap<>();
        Map<String, Contribution> lexical = ranks(bm25, hits);
        Map<String, Contribution> semantic = ranks(dense, hits);
        List<Candidate> out = new ArrayList<>(hits.size());
        hits.forEach((id, hit) -> out.add(new Candidate(hit, lexical.get(id), semantic.get(id))));
        return out;
    }

    /** Ranks of one list by id; the first list to show an id provides its hit. A repeated id keeps its best rank. */
    private static Map<String, Contribution> ranks(List<SearchHit> list, Map<String, SearchHit> hits) {
        Map<String, Contribution> ranks = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            SearchHit h = list.get(i);
            if (ranks.putIfAbsent(h.id(), new Contribution(i + 1, h.score())) == null) {
                hits.putIfAbsent(h.id(), h);
            }
        }
        return ranks;
    }

    /** Scores every candidate and orders them best first, ties by record id. */
    static List<FusedHit> score(List<Candidate> candidates, ToDoubleFunction<Candidate> scoring) {
        List<FusedHit> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            double score = scoring.applyAsDouble(c);
            out.add(new FusedHit(withScore(c.hit(), (float) score), score, c.bm25(), c.dense()));
        }
        out.sort(BEST_FIRST);
        return List.copyOf(out);
    }

    private static SearchHit withScore(SearchHit h, float score) {
        return new SearchHit(h.id(), score, h.title(), h.kind(), h.authors(), h.venue(), h.year(), h.room(), h.start(),
                h.records(), h.snippet());
    }
}
