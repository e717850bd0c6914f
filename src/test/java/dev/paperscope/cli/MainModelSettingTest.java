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
}
