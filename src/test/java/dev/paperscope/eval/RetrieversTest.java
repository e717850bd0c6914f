package dev.paperscope.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperscope.search.dense.EmbeddingProgress;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry: flat BM25 here, the product's retrievers through a factory, the old names as aliases. */
class RetrieversTest {
    @TempDir
    Path dir;

    @Test
    void oldNamesStandForTheProductsRetrievers() {
        String[][] cases = {{"bm25", "bm25"}, {"dense", "product-dense"}, {"hybrid", "product-hybrid"},
                {"product-bm25", "product-bm25"}, {"product-hybrid", "product-hybrid"}, {"splade", "splade"}};
        for (String[] c : cases) {
            assertThat(Retrievers.canonical(c[0])).as(c[0]).isEqualTo(c[1]);
        }
        assertThat(Retrievers.embeds("hybrid")).isTrue();
        assertThat(Retrievers.embeds("product-bm25")).isFalse();
        assertThat(Retrievers.embeds("bm25")).isFalse();
    }

    @Test
    void productNamesGoToTheFactoryAndFlatBm25StaysHere() throws Exception {
        Path beir = BeirFixture.write(dir.resolve("tiny"));
        List<BeirDoc> corpus = BeirDataset.open(beir, "test").readCorpus();
        String[] asked = new String[1];
        RetrieverFactory recording = (name, docs, options, progress) -> {
            asked[0] = name;
            return Retrievers.open("bm25", docs, options, progress, RetrieverFactory.NONE);
        };
        try (EvalRetriever r = Retrievers.open("hybrid", corpus, RetrieverOptions.DEFAULT, EmbeddingProgress.NONE, recording)) {
            assertThat(asked[0]).isEqualTo("product-hybrid");
        }
        try (EvalRetriever r = Retrievers.open("bm25", corpus, RetrieverOptions.DEFAULT, EmbeddingProgress.NONE, RetrieverFactory.NONE)) {
            assertThat(r.name()).isEqualTo("bm25");
        }
        assertThatThrownBy(() -> Retrievers.open("product-bm25", corpus, RetrieverOptions.DEFAULT, EmbeddingProgress.NONE, RetrieverFactory.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("runs the product's search");
        assertThatThrownBy(() -> Retrievers.open("splade", corpus, RetrieverOptions.DEFAULT, EmbeddingProgress.NONE, RetrieverFactory.NONE))
                .hasMessage("unknown retriever \"splade\"; available: bm25, product-bm25, product-dense, product-hybrid, dense, hybrid");
    }

    @Test
    void moreThanTwoModelsOrTheSameTwiceAreRefused() {
        assertThatThrownBy(() -> new RetrieverOptions(RetrieverOptions.DEFAULT.bm25(), List.of("bge-small-en-v1.5-q", "bge-small-en-v1.5-q"), "score", 0.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrieverOptions(RetrieverOptions.DEFAULT.bm25(),
                List.of("bge-small-en-v1.5-q", "all-minilm-l6-v2-q", "e5-small-v2-q"), "score", 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrieverOptions(RetrieverOptions.DEFAULT.bm25(), List.of("word2vec"), "score", 0.5))
                .hasMessageStartingWith("unknown model \"word2vec\"");
    }
}
