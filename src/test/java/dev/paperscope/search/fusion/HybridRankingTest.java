package dev.paperscope.search.fusion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.search.Ranked;
import java.util.List;
import org.junit.jupiter.api.Test;

class HybridRankingTest {
    @Test
    void fusedCandidatesComeFirstThenBm25sOtherMatchesInItsOrder() {
        List<Ranked> bm25Order = List.of(new Ranked("a", 9), new Ranked("b", 8), new Ranked("c", 7), new Ranked("d", 6), new Ranked("e", 5));
        List<Ranked> candidates = List.of(new Ranked("a", 9), new Ranked("b", 8), new Ranked("d", 6));
        List<Ranked> dense = List.of(new Ranked("x", 0.9f), new Ranked("d", 0.8f), new Ranked("a", 0.5f), new Ranked("b", 0.4f));
        List<Fused> ranked = HybridRanking.rank(new ScoreFusion(), candidates, dense, bm25Order);
        List<Fused> fused = new ScoreFusion().fuse(candidates, dense);
        assertThat(ranked.subList(0, fused.size())).isEqualTo(fused);
        assertThat(ranked.subList(fused.size(), ranked.size())).extracting(Fused::id).containsExactly("c", "e");
        Fused c = ranked.get(fused.size());
        assertThat(c.score()).isZero();
        assertThat(c.bm25()).isEqualTo(new Contribution(3, 7));
        assertThat(c.dense()).isNull();
        assertThat(ranked).extracting(Fused::id).doesNotHaveDuplicates().hasSize(6);
    }

    @Test
    void withoutOtherMatchesTheRankingIsTheFusion() {
        List<Ranked> bm25 = List.of(new Ranked("a", 2));
        List<Ranked> dense = List.of(new Ranked("b", 0.9f));
        assertThat(HybridRanking.rank(new ReciprocalRankFusion(), bm25, dense, bm25)).isEqualTo(new ReciprocalRankFusion().fuse(bm25, dense));
        assertThat(HybridRanking.rank(new ReciprocalRankFusion(), List.of(), List.of(), List.of())).isEmpty();
    }
}
