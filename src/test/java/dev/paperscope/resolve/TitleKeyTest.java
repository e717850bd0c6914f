package dev.paperscope.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleKeyTest {
    @Test
    void caseAccentsPunctuationAndLatexDoNotMatter() {
        assertThat(TitleKey.of("Top-$k$ Sampling: A Study").normalized()).isEqualTo(TitleKey.of("top-k sampling — a study").normalized());
        assertThat(TitleKey.of("N$\\text{A}^\\text{2}$Q").normalized()).isEqualTo("n a 2 q");
        assertThat(TitleKey.of("Chefs’ Random Tables").normalized()).isEqualTo("chefs random tables");
        assertThat(TitleKey.of("Pruning’s Effect on Generalization").normalized()).isEqualTo(TitleKey.of("Pruning's effect on generalization").normalized());
    }

    @Test
    void jaccardMeasuresWordOverlap() {
        TitleKey a = TitleKey.of("Photorealistic Text-to-Image Diffusion Models with Deep Language Understanding");
        assertThat(a.jaccard(a)).isEqualTo(1.0);
        assertThat(a.jaccard(TitleKey.of("Photorealistic text to image diffusion models with deep language understanding"))).isEqualTo(1.0);
        assertThat(a.jaccard(TitleKey.of("Video Diffusion Models"))).isLessThan(0.3);
        assertThat(TitleKey.of("").isEmpty()).isTrue();
    }
}
