package dev.paperscope.search.dense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.paperscope.search.Ranked;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelScoresTest {
    @Test
    void oneModelRanksByItsOwnScoresAndLeavesOutWhatItCannotScore() {
        List<Ranked> ranked = new ModelScores(List.of("b", "a", "c"), List.of(Map.of("a", 0.9f, "b", 0.7f))).ranked();
        assertThat(ranked).containsExactly(new Ranked("a", 0.9f), new Ranked("b", 0.7f));
    }

    @Test
    void twoModelsAreScaledBeforeTheyAreAveraged() {
        // Model 1 crowds its cosines near the top, model 2 spreads them: raw sums would let model 2 decide
        // (b: 0.80 + 0.90 beats a: 0.90 + 0.50); scaled, each model's best counts the same.
        Map<String, Float> crowded = Map.of("a", 0.90f, "b", 0.80f, "c", 0.79f);
        Map<String, Float> spread = Map.of("a", 0.50f, "b", 0.90f, "c", 0.10f);
        List<Ranked> ranked = new ModelScores(List.of("a", "b", "c"), List.of(crowded, spread)).ranked();
        assertThat(ranked).extracting(Ranked::id).containsExactly("a", "b", "c");
        assertThat(ranked.get(0).score()).isCloseTo((1f + 0.5f) / 2, within(1e-6f));
        assertThat(ranked.get(1).score()).isCloseTo((1f / 11 + 1f) / 2, within(1e-5f));
        assertThat(ranked.get(2).score()).isCloseTo(0f, within(1e-6f));
    }

    @Test
    void aCandidateWithoutAModelsVectorScoresZeroThereAndTiesGoByIds() {
        List<Ranked> ranked = new ModelScores(List.of("z", "y"), List.of(Map.of("z", 0.8f, "y", 0.8f), Map.of("z", 0.6f))).ranked();
        assertThat(ranked).containsExactly(new Ranked("z", 1f), new Ranked("y", 0.5f));
        List<Ranked> tied = new ModelScores(List.of("z", "y"), List.of(Map.of("z", 0.8f, "y", 0.8f), Map.of("z", 0.6f, "y", 0.6f))).ranked();
        assertThat(tied).extracting(Ranked::id).containsExactly("y", "z");
    }

    @Test
    void atLeastOneModelIsNeeded() {
        assertThatThrownBy(() -> new ModelScores(List.of("a"), List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
