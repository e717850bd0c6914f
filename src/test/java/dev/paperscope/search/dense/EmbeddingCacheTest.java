package dev.paperscope.search.dense;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.catalog.Catalog;
import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.testing.Records;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingCacheTest {
    @TempDir
    Path dir;

    /** A stand-in model: a vector derived from the text, and a log of every text it was asked for. */
    private static final class CountingEmbedder implements Embedder {
        final List<String> embedded = new ArrayList<>();
        final List<Integer> calls = new ArrayList<>();

        @Override
        public String modelId() {
            return "counting";
        }

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public List<float[]> embedPassages(List<String> texts) {
            embedded.addAll(texts);
            calls.add(texts.size());
            return texts.stream().map(t -> Vectors.normalizeInPlace(new float[] {t.length(), t.hashCode() % 97})).toList();
        }

        @Override
        public List<float[]> embedQueries(List<String> texts) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {
        }
    }

    private final SourceRecord a = Records.paper("p.txt", 1, "Alpha").abstractText("About alpha.").build();
    private final SourceRecord b = Records.paper("p.txt", 2, "Beta").build();
    private final SourceRecord c = Records.paper("p.txt", 3, "Gamma").abstractText("About gamma.").build();
    private final SourceRecord sameTextAsA = Records.paper("q.txt", 7, "Alpha").abstractText("About alpha.").build();
    private final SourceRecord noText = SourceRecord.builder(a.kind(), a.source()).authors(List.of("Ann Lee")).build();

    @Test
    void embedsEachDistinctPassageOnceInChunksAndReportsProgress() {
        CountingEmbedder embedder = new CountingEmbedder();
        List<long[]> progress = new ArrayList<>();
        try (Catalog catalog = Catalog.open(dir.resolve("c.db"))) {
            Map<String, float[]> vectors = new EmbeddingCache(catalog, embedder, 2)
                    .vectors(List.of(a, b, c, sameTextAsA, noText), (done, total) -> progress.add(new long[] {done, total}));

            assertThat(vectors).containsOnlyKeys(a.id(), b.id(), c.id(), sameTextAsA.id());
            assertThat(vectors.get(sameTextAsA.id())).containsExactly(vectors.get(a.id()));
            assertThat(embedder.embedded).containsExactly("Alpha\n\nAbout alpha.", "Beta", "Gamma\n\nAbout gamma.");
            assertThat(embedder.calls).containsExactly(2, 1);
            assertThat(progress).containsExactly(new long[] {0, 3}, new long[] {2, 3}, new long[] {3, 3});
        }
    }

    @Test
    void aSecondRunReadsTheCatalogAndEmbedsOnlyWhatIsNew() {
        try (Catalog catalog = Catalog.open(dir.resolve("c.db"))) {
            new EmbeddingCache(catalog, new CountingEmbedder()).vectors(List.of(a, b), EmbeddingProgress.NONE);
        }
        CountingEmbedder second = new CountingEmbedder();
        try (Catalog catalog = Catalog.open(dir.resolve("c.db"))) {
            EmbeddingCache cache = new EmbeddingCache(catalog, second);
            Map<String, float[]> again = cache.vectors(List.of(a, b, c), EmbeddingProgress.NONE);

            assertThat(second.embedded).containsExactly("Gamma\n\nAbout gamma.");
            assertThat(again.get(a.id())).containsExactly(new CountingEmbedder().embedPassages(List.of("Alpha\n\nAbout alpha.")).getFirst());
            assertThat(catalog.embeddings().vectors("counting", List.of(Passage.of(c).orElseThrow().sha256()))).hasSize(1);
        }
    }

    @Test
    void embeddingWhatIsMissingAheadReportsOneRunAndLeavesNothingForTheBatches() {
        try (Catalog catalog = Catalog.open(dir.resolve("c.db"))) {
            new EmbeddingCache(catalog, new CountingEmbedder()).vectors(List.of(a), EmbeddingProgress.NONE);
            CountingEmbedder embedder = new CountingEmbedder();
            List<long[]> progress = new ArrayList<>();
            EmbeddingCache cache = new EmbeddingCache(catalog, embedder, 2);

            int embedded = cache.embedMissing(List.of(a, b, c, sameTextAsA, noText), (done, total) -> progress.add(new long[] {done, total}));

            assertThat(embedded).isEqualTo(2);
            assertThat(embedder.embedded).containsExactly("Beta", "Gamma\n\nAbout gamma.");
            assertThat(progress).containsExactly(new long[] {0, 2}, new long[] {2, 2});
            assertThat(catalog.embeddings().storedHashes("counting", List.of(Passage.of(b).orElseThrow().sha256(), "f".repeat(64))))
                    .containsExactly(Passage.of(b).orElseThrow().sha256());
            List<long[]> later = new ArrayList<>();
            cache.vectors(List.of(b), (done, total) -> later.add(new long[] {done, total}));
            assertThat(later).as("a batch finds its vectors cached").containsExactly(new long[] {0, 0});
            assertThat(embedder.embedded).hasSize(2);
        }
    }
}
