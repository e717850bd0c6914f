package dev.paperscope.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogEmbeddingsTest {
    @TempDir
    Path dir;

    private final float[] v1 = {0.25f, -1.5f, Float.MIN_VALUE, 3.0e7f};
    private final float[] v2 = {1f, 2f, 3f, 4f};

    @Test
    void vectorsSurviveReopeningBitForBit() {
        try (Catalog c = Catalog.open(dir.resolve("c.db"))) {
            c.embeddings().put("m", Map.of("h1", v1, "h2", v2));
        }
        try (Catalog c = Catalog.open(dir.resolve("c.db"))) {
            Map<String, float[]> found = c.embeddings().vectors("m", List.of("h1", "h2", "unknown"));
            assertThat(found).containsOnlyKeys("h1", "h2");
            assertThat(found.get("h1")).containsExactly(v1);
            assertThat(found.get("h2")).containsExactly(v2);
        }
    }

    @Test
    void modelsAreKeptApartAndAPutReplaces() {
        try (Catalog c = Catalog.open(dir.resolve("c.db"))) {
            c.embeddings().put("a", Map.of("h", v1));
            c.embeddings().put("b", Map.of("h", v2));
            assertThat(c.embeddings().vectors("a", List.of("h")).get("h")).containsExactly(v1);
            assertThat(c.embeddings().vectors("b", List.of("h")).get("h")).containsExactly(v2);

            c.embeddings().put("a", Map.of("h", v2));
            assertThat(c.embeddings().vectors("a", List.of("h")).get("h")).containsExactly(v2);
        }
    }

    @Test
    void looksUpMoreHashesThanOneQueryTakes() {
        try (Catalog c = Catalog.open(dir.resolve("c.db"))) {
            Map<String, float[]> many = new LinkedHashMap<>();
            for (int i = 0; i < 1_234; i++) {
                many.put("h" + i, new float[] {i});
            }
            c.embeddings().put("m", many);
            Map<String, float[]> found = c.embeddings().vectors("m", many.keySet());
            assertThat(found).hasSize(1_234);
            assertThat(found.get("h1233")).containsExactly(1233f);
        }
    }

    @Test
    void aBadVectorStoresNoneOfTheBatch() {
        try (Catalog c = Catalog.open(dir.resolve("c.db"))) {
            Map<String, float[]> batch = new LinkedHashMap<>();
            batch.put("good", v1);
            batch.put("bad", new float[0]);
            assertThatThrownBy(() -> c.embeddings().put("m", batch)).isInstanceOf(IllegalArgumentException.class);
            assertThat(c.embeddings().vectors("m", List.of("good"))).isEmpty();
        }
    }
}
