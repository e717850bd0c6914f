package dev.paperscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MainModelSettingTest {
    @Test
    void unsetMeansTheDefaultEnsembleNoneMeansNoModelAndAPlusJoinsTwo() {
        List<String> ensemble = List.of("bge-small-en-v1.5-q", "all-minilm-l6-v2-q");
        assertThat(Main.modelSetting(null)).contains(ensemble);
        assertThat(Main.modelSetting("  ")).contains(ensemble);
        assertThat(Main.modelSetting("none")).isEmpty();
        assertThat(Main.modelSetting(" NONE ")).isEqualTo(Optional.empty());
        assertThat(Main.modelSetting("bge-small-en-v1.5-q")).contains(List.of("bge-small-en-v1.5-q"));
        assertThat(Main.modelSetting("e5-small-v2-q+all-minilm-l6-v2-q")).contains(List.of("e5-small-v2-q", "all-minilm-l6-v2-q"));
    }

    @Test
    void hnswIsFloat32UnlessItSaysInt8AndAnythingElseIsRefusedByName() {
        assertThat(Main.hnswSetting(null)).isEqualTo(dev.paperscope.index.VectorQuantization.NONE);
        assertThat(Main.hnswSetting("float32")).isEqualTo(dev.paperscope.index.VectorQuantization.NONE);
        assertThat(Main.hnswSetting(" INT8 ")).isEqualTo(dev.paperscope.index.VectorQuantization.INT8);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Main.hnswSetting("int4"))
                .hasMessage("PAPERSCOPE_HNSW: expected float32 or int8, was \"int4\"");
    }
}
