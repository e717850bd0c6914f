package dev.paperscope.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperscope.eval.BeirDoc;
import dev.paperscope.search.dense.EmbeddingProgress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluation's temporary folder: the product answers lists over the corpus, and builds no passage index it would not read. */
class ProductRecommenderTest {
    @TempDir
    Path dir;

    @Test
    void recommendsFromTheRecordsIndexAndBuildsNoPassageIndex() {
        List<BeirDoc> corpus = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            corpus.add(new BeirDoc("v" + i, "Vision transformer " + i, "image patches attention vision transformer pretraining " + i));
            corpus.add(new BeirDoc("t" + i, "Language model " + i, "text tokens language model pretraining corpus " + i));
        }
        try (ProductRecommender library = ProductRecommender.build(corpus, EmbeddingProgress.NONE, dir.resolve("cache"), Optional.empty())) {
            assertThat(library.recommend("terms", List.of("v0", "v1", "v2"), 3)).hasSize(3).allMatch(id -> id.startsWith("v"));
            assertThatThrownBy(() -> library.paperscope().passages().count()).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("without passages");
        }
    }
}
