package dev.paperscope.search.dense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimilarityFloorTest {
    @ParameterizedTest(name = "floor {0}, cosine {1}: {2}")
    @CsvSource({"0.66, 0.66, true", "0.66, 0.6599, false", "0.66, 0.9, true", "-1, -1, true", "0, -0.01, false", "1, 1, true"})
    void admitsCosinesFromTheFloorUp(double floor, double cosine, boolean admitted) {
        assertThat(new SimilarityFloor(floor).admitsCosine(cosine)).isEqualTo(admitted);
        if (Math.abs(cosine - floor) > 1e-4) { // Lucene's float score (1 + cos) / 2, read back as the cosine
            assertThat(new SimilarityFloor(floor).admitsScore((float) ((1 + cosine) / 2))).isEqualTo(admitted);
        }
    }

    @ParameterizedTest
    @CsvSource({"-1.01", "1.01", "NaN"})
    void aFloorIsACosine(double floor) {
        assertThatThrownBy(() -> new SimilarityFloor(floor)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cosine");
    }

    @Test
    void admittedKeepsOrderAndDropsUnscoredCandidates() {
        Map<String, Float> cosines = Map.of("a", 0.9f, "b", 0.5f, "c", 0.7f);
        assertThat(new SimilarityFloor(0.6).admitted(List.of("c", "b", "a", "x"), cosines, false)).containsExactly("c", "a");
        Map<String, Float> scores = Map.of("a", 0.95f, "b", 0.75f, "c", 0.85f); // cosines 0.9, 0.5, 0.7
        assertThat(new SimilarityFloor(0.6).admitted(List.of("a", "b", "c"), scores, true)).containsExactly("a", "c");
        assertThat(SimilarityFloor.NONE.admitted(List.of("a", "b", "c"), cosines, false)).containsExactly("a", "b", "c");
    }

    @Test
    void shippedModelsHaveTheirFloorAndUnknownModelsNone() {
        assertThat(EmbeddingModels.similarityFloor("bge-small-en-v1.5-q")).isEqualTo(EmbeddingModels.similarityFloor("bge-small-en-v1.5"));
        assertThat(EmbeddingModels.similarityFloor("bge-small-en-v1.5-q").cosine()).isGreaterThan(0);
        assertThat(EmbeddingModels.similarityFloor("all-minilm-l6-v2-q").cosine()).isGreaterThan(0);
        assertThat(EmbeddingModels.similarityFloor("a-stand-in")).isEqualTo(SimilarityFloor.NONE);
    }
}
