package dev.paperscope.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperscope.catalog.Catalog;
import dev.paperscope.index.Passages;
import dev.paperscope.index.VectorQuantization;
import dev.paperscope.index.VectorSpace;
import dev.paperscope.ingest.RecordPassages;
import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.search.dense.EmbeddingModels;
import dev.paperscope.search.dense.Passage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledVectorsTest {
    private static final VectorSpace SPACE = new VectorSpace("m", 3);
    private static final String A = "a".repeat(64);
    private static final String B = "0123456789abcdef".repeat(4);

    @TempDir
    Path dir;

    private static byte[] written(VectorSpace space, Map<String, float[]> vectors) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BundledVectors.write(out, space, vectors);
        return out.toByteArray();
    }

    private static Map<String, float[]> read(byte[] bytes, VectorSpace space) throws IOException {
        return BundledVectors.read(new ByteArrayInputStream(bytes), space, "x.vec");
    }

    @Test
    void whatIsWrittenReadsBackExactly() throws IOException {
        Map<String, float[]> vectors = new LinkedHashMap<>();
        vectors.put(B, new float[] {0.5f, -0.25f, 1e-7f});
        vectors.put(A, new float[] {1f, 0f, -1f});
        Map<String, float[]> back = read(written(SPACE, vectors), SPACE);
        assertThat(back.keySet()).containsExactlyInAnyOrder(A, B);
        assertThat(back.get(A)).containsExactly(1f, 0f, -1f);
        assertThat(back.get(B)).containsExactly(0.5f, -0.25f, 1e-7f);
        assertThat(written(SPACE, vectors)).as("ordered by hash, whatever the map's order").isEqualTo(written(SPACE, Map.of(A, back.get(A), B, back.get(B))));
    }

    @Test
    void aFileOfAnotherModelOrCutOffOrWithTrailingBytesIsRefusedByName() throws IOException {
        byte[] good = written(SPACE, Map.of(A, new float[] {1f, 2f, 3f}));
        assertThatThrownBy(() -> read(good, new VectorSpace("other", 3))).isInstanceOf(IOException.class)
                .hasMessage("x.vec: holds m (3 dimensions), expected other (3)");
        assertThatThrownBy(() -> read(good, new VectorSpace("m", 4))).hasMessageContaining("expected m (4)");
        assertThatThrownBy(() -> read(Arrays.copyOf(good, good.length - 1), SPACE)).isInstanceOf(IOException.class)
                .hasMessage("x.vec: cut off before the vectors it announces");
        assertThatThrownBy(() -> read(Arrays.copyOf(good, good.length + 1), SPACE)).hasMessage("x.vec: bytes after the 1 vectors it announces");
        byte[] notOurs = good.clone();
        notOurs[0] = 'X';
        assertThatThrownBy(() -> read(notOurs, SPACE)).hasMessage("x.vec: not a bundled-vectors file");
        assertThatThrownBy(() -> written(SPACE, Map.of(A, new float[] {1f}))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aModelWithoutABundledFileHasNone() {
        assertThat(BundledVectors.of(new VectorSpace("no-such-model", 8))).isEmpty();
    }

    /** Every passage of the bundled demo pages (the records' and the passage index's) has a vector in the file of each default model. */
    @Test
    void theShippedFilesCoverEveryDemoPassageOfTheDefaultModels() {
        Set<String> passages = new HashSet<>();
        try (Paperscope ps = Paperscope.open(dir.resolve("bm25"))) {
            Demo.ingestBundledPages(ps);
            ps.exportRecords(r -> {
                Passage.of(r).ifPresent(p -> passages.add(p.sha256()));
                RecordPassages.of(r).forEach(p -> passages.add(Passage.ofText(Passages.text(r, p)).sha256()));
            });
        } catch (dev.paperscope.ingest.ParseException e) {
            throw new AssertionError(e);
        }
        assertThat(passages).hasSizeGreaterThan(500);
        for (String model : EmbeddingSetup.parseNames(EmbeddingSetup.DEFAULT_MODELS)) {
            Map<String, float[]> bundled = BundledVectors.of(new VectorSpace(model, EmbeddingModels.dimension(model)));
            assertThat(bundled.keySet()).as(model + ": regenerate with `bin/paperscope demo --write-bundled-vectors demo/vectors`")
                    .containsAll(passages);
            assertThat(bundled.values()).allSatisfy(v -> assertThat(norm(v)).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-3)));
        }
    }

    /** With the default models, the demo is hybrid at once: the vectors come from the jar, no model is loaded to index. */
    @Test
    void theDemoWithTheDefaultModelsIndexesEveryPassageWithoutLoadingAModel() throws Exception {
        AtomicInteger loads = new AtomicInteger();
        List<EmbeddingSetup.Model> models = new ArrayList<>();
        for (String model : EmbeddingSetup.parseNames(EmbeddingSetup.DEFAULT_MODELS)) {
            models.add(new EmbeddingSetup.Model(new VectorSpace(model, EmbeddingModels.dimension(model)), () -> {
                loads.incrementAndGet();
                throw new AssertionError("no model should load to index the demo pages");
            }));
        }
        EmbeddingSetup setup = new EmbeddingSetup(models, VectorQuantization.NONE, dev.paperscope.search.dense.EmbeddingProgress.NONE);
        try (Paperscope ps = Paperscope.open(dir.resolve("data"), Optional.of(setup))) {
            Demo.ingestBundledPages(ps);
            List<SourceRecord> withPassage = new ArrayList<>();
            ps.exportRecords(r -> Passage.of(r).ifPresent(p -> withPassage.add(r)));
            assertThat(ps.index().vectorSpaces()).extracting(VectorSpace::modelId).containsExactlyElementsOf(EmbeddingSetup.parseNames(EmbeddingSetup.DEFAULT_MODELS));
            for (int field = 0; field < 2; field++) {
                String name = dev.paperscope.index.IndexSchema.vectorField(field);
                long indexed = ps.index().withSearcher(s -> {
                    long n = 0;
                    for (var leaf : s.getIndexReader().leaves()) {
                        var values = leaf.reader().getFloatVectorValues(name);
                        if (values == null) {
                            continue;
                        }
                        // Count live documents only: a segment keeps the vectors of documents it has deleted.
                        var live = leaf.reader().getLiveDocs();
                        var docs = values.iterator();
                        for (int doc = docs.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                            if (live == null || live.get(doc)) {
                                n++;
                            }
                        }
                    }
                    return n;
                });
                assertThat(indexed).as("vectors in " + name).isEqualTo(withPassage.size());
            }
            long passageVectors = ps.passages().index().withSearcher(s -> s.count(
                    new org.apache.lucene.search.FieldExistsQuery(dev.paperscope.index.IndexSchema.vectorField(1))));
            assertThat(passageVectors).as("every passage has its vectors from the jar").isEqualTo(ps.passages().count()).isGreaterThan(500);
            assertThat(ps.search("author:\"Yoshua Bengio\"", 5, SearchOptions.DEFAULT).hits()).as("a query without free text needs no model").isNotEmpty();
            Demo.ingestBundledPages(ps);
        }
        assertThat(loads).hasValue(0);
        try (Catalog catalog = Catalog.open(dir.resolve("data").resolve("catalog.db"))) {
            assertThat(BundledVectors.copyMissing(catalog, new VectorSpace("bge-small-en-v1.5-q", 384), catalog.recordsOf(catalog.files().getFirst().name())))
                    .as("copied once; copying again changes nothing").isZero();
        }
    }

    private static double norm(float[] v) {
        double s = 0;
        for (float f : v) {
            s += f * f;
        }
        return Math.sqrt(s);
    }
}
