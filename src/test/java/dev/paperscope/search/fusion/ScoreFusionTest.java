package dev.paperscope.search.fusion;

import static dev.paperscope.search.fusion.FusionTestHits.hit;
import static dev.paperscope.search.fusion.FusionTestHits.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreFusionTest {
    @Test
    void minMaxNormalisesEachListThenWeighs() {
        List<Fused> fused = new ScoreFusion(0.5).fuse(
                List.of(hit("a", 10f), hit("b", 6f), hit("c", 2f)),
                List.of(hit("c", 0.9f), hit("a", 0.5f)));
        // bm25 (holds every hit): a 1, b 0.5, c 0. dense lacks b, whose 0 joins the scale: c 1, a 0.5/0.9, b 0.
        assertThat(ids(fused)).containsExactly("a", "c", "b");
        assertThat(fused.get(0).score()).isCloseTo(0.5 + 0.5 * 0.5 / 0.9, within(1e-6));
        assertThat(fused.get(1).score()).isCloseTo(0.5, within(1e-9));
        assertThat(fused.get(2).score()).isCloseTo(0.25, within(1e-9));
    }

    @Test
    void aListHoldingEveryHitScalesFromItsOwnMinimum() {
        List<Fused> complete = new ScoreFusion(1.0).fuse(List.of(hit("a", 1f)), List.of(hit("a", 0.9f), hit("b", 0.6f), hit("c", 0.3f)));
        assertThat(complete.get(1).score()).as("b halfway between c and a").isCloseTo(0.5, within(1e-6));
        List<Fused> lacking = new ScoreFusion(1.0).fuse(List.of(hit("a", 1f), hit("d", 1f)), List.of(hit("a", 0.9f), hit("b", 0.6f), hit("c", 0.3f)));
        assertThat(lacking.stream().filter(f -> f.id().equals("b")).findFirst().orElseThrow().score())
                .as("d's missing dense score counts as 0").isCloseTo(0.6 / 0.9, within(1e-6));
    }

    @Test
    void theWeightShiftsTowardsOneList() {
        List<Fused> denseHeavy = new ScoreFusion(0.9).fuse(List.of(hit("a", 10f), hit("b", 6f)), List.of(hit("b", 0.9f), hit("a", 0.1f)));
        assertThat(ids(denseHeavy)).containsExactly("b", "a");
        List<Fused> lexicalHeavy = new ScoreFusion(0.1).fuse(List.of(hit("a", 10f), hit("b", 6f)), List.of(hit("b", 0.9f), hit("a", 0.1f)));
        assertThat(ids(lexicalHeavy)).containsExactly("a", "b");
    }

    @Test
    void aSingleHitOrEqualScoresNormaliseToOne() {
        List<Fused> single = new ScoreFusion().fuse(List.of(hit("a", 3.7f)), List.of());
        assertThat(single.getFirst().score()).isCloseTo(0.5, within(1e-9));

        List<Fused> equal = new ScoreFusion().fuse(List.of(hit("b", 2f), hit("a", 2f)), List.of(hit("a", 0.7f), hit("b", 0.7f)));
        assertThat(equal).allSatisfy(h -> assertThat(h.score()).isCloseTo(1.0, within(1e-9)));
        assertThat(ids(equal)).containsExactly("a", "b"); // tied: by record id
    }

    @Test
    void weightsOutsideZeroToOneAreRefused() {
        assertThatThrownBy(() -> new ScoreFusion(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScoreFusion(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
