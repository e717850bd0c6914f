package dev.paperscope.search.fusion;

import static dev.paperscope.search.fusion.FusionTestHits.hit;
import static dev.paperscope.search.fusion.FusionTestHits.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.paperscope.search.Ranked;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReciprocalRankFusionTest {
    private final ReciprocalRankFusion rrf = new ReciprocalRankFusion();

    @Test
    void sumsOneOverSixtyPlusRankAcrossLists() {
        List<Ranked> bm25 = List.of(hit("a", 12f), hit("b", 9f), hit("c", 3f));
        List<Ranked> dense = List.of(hit("c", 0.9f), hit("d", 0.8f), hit("a", 0.7f));
        List<Fused> fused = rrf.fuse(bm25, dense);

        // a: 1/61 + 1/63; c: 1/63 + 1/61 (a tie, broken by id); b: 1/62; d: 1/62 (a tie again).
        assertThat(ids(fused)).containsExactly("a", "c", "b", "d");
        assertThat(fused.get(0).score()).isCloseTo(1.0 / 61 + 1.0 / 63, within(1e-12));
        assertThat(fused.get(1).score()).isEqualTo(fused.get(0).score());
        assertThat(fused.get(2).score()).isCloseTo(1.0 / 62, within(1e-12));
    }

    @Test
    void eachHitKeepsWhereEachListRankedIt() {
        List<Fused> fused = rrf.fuse(List.of(hit("a", 12f), hit("b", 9f)), List.of(hit("b", 0.8f), hit("c", 0.7f)));
        Fused b = fused.stream().filter(h -> h.id().equals("b")).findFirst().orElseThrow();
        assertThat(b.bm25()).isEqualTo(new Contribution(2, 9f));
        assertThat(b.dense()).isEqualTo(new Contribution(1, 0.8f));
        Fused c = fused.stream().filter(h -> h.id().equals("c")).findFirst().orElseThrow();
        assertThat(c.bm25()).isNull();
        assertThat(c.dense()).isEqualTo(new Contribution(2, 0.7f));
        assertThat(ids(fused)).containsExactly("b", "a", "c");
    }

    @Test
    void kChangesHowMuchTheTopRanksCount() {
        // With k = 0 rank 1 scores 1 and rank 2 scores 1/2: first in one list beats second in both.
        List<Ranked> bm25 = List.of(hit("x", 3f), hit("y", 2f));
        List<Ranked> dense = List.of(hit("z", 0.9f), hit("y", 0.8f));
        assertThat(ids(new ReciprocalRankFusion(0).fuse(bm25, dense))).containsExactly("x", "y", "z");
        assertThat(ids(new ReciprocalRankFusion(60).fuse(bm25, dense))).containsExactly("y", "x", "z");
    }

    @Test
    void emptyListsFuseToWhatTheOtherListSays() {
        assertThat(ids(rrf.fuse(List.of(hit("b", 2f), hit("a", 1f)), List.of()))).containsExactly("b", "a");
        assertThat(rrf.fuse(List.of(), List.of())).isEmpty();
    }

    @Test
    void theSameInputsGiveTheSameOrderWhateverTheListOrderOfTies() {
        List<Ranked> one = List.of(hit("m", 1f), hit("n", 1f));
        List<Ranked> other = List.of(hit("n", 1f), hit("m", 1f));
        assertThat(ids(rrf.fuse(one, other))).containsExactly("m", "n");
        assertThat(ids(rrf.fuse(other, one))).containsExactly("m", "n");
    }
}
