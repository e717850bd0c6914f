package dev.paperscope.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperscope.catalog.Catalog;
import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.testing.DenseCorpus;
import dev.paperscope.testing.HashingEmbedder;
import dev.paperscope.testing.MapVectorSource;
import dev.paperscope.testing.Records;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexVectorsTest {
    @TempDir
    Path dir;
    private Catalog catalog;

    @BeforeEach
    void setUp() {
        catalog = Catalog.open(dir.resolve("c.db"));
        DenseCorpus.fill(catalog);
    }

    @AfterEach
    void tearDown() {
        catalog.close();
    }

    private SearchIndex open(VectorSource source, VectorQuantization quantization) {
        return SearchIndex.open(dir.resolve("i"), new IndexVectors(source, quantization));
    }

    private static int vectors(SearchIndex index) {
        return vectors(index, IndexSchema.VECTOR);
    }

    private static int vectors(SearchIndex index, String field) {
        return index.withSearcher(s -> {
            int n = 0;
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                FloatVectorValues v = leaf.reader().getFloatVectorValues(field);
                n += v == null ? 0 : v.size();
            }
            return n;
        });
    }

    @Test
    void recordsGetTheirVectorsAndTheCommitNamesTheModel() {
        MapVectorSource source = new MapVectorSource(HashingEmbedder.withTestSynonyms());
        try (SearchIndex index = open(source, VectorQuantization.NONE)) {
            index.catchUp(catalog);
            assertThat(vectors(index)).isEqualTo(5);
            assertThat(index.vectorSpaces()).contains(new VectorSpace("test-hashing-128", 128));
        }
    }

    @Test
    void twoModelsFillTwoFieldsAndOnlyARebuildAddsOrDropsOne() {
        MapVectorSource first = new MapVectorSource(HashingEmbedder.withTestSynonyms());
        MapVectorSource second = new MapVectorSource(new HashingEmbedder("second-model", 64, Map.of()));
        try (SearchIndex index = open(first, VectorQuantization.NONE)) {
            assertThat(index.catchUp(catalog)).isEqualTo(-1);
        }
        try (SearchIndex index = SearchIndex.open(dir.resolve("i"), new IndexVectors(List.of(first, second), VectorQuantization.NONE))) {
            assertThat(index.catchUp(catalog)).as("a second model configured: a catch-up keeps the index as built").isZero();
            assertThat(index.vectorSpaces()).containsExactly(new VectorSpace("test-hashing-128", 128));
            index.rebuild(catalog, n -> { });
            assertThat(index.vectorSpaces()).containsExactly(new VectorSpace("test-hashing-128", 128), new VectorSpace("second-model", 64));
            assertThat(vectors(index, IndexSchema.vectorField(0))).isEqualTo(5);
            assertThat(vectors(index, IndexSchema.vectorField(1))).isEqualTo(5);
            assertThat(formatOf(index, IndexSchema.vectorField(0))).as("the first model is searched: a graph").contains("Hnsw");
            assertThat(formatOf(index, IndexSchema.vectorField(1))).as("the second only re-scores: no graph").doesNotContain("Hnsw");
            assertThat(index.catchUp(catalog)).as("same models: nothing to do").isZero();
        }
        try (SearchIndex index = SearchIndex.open(dir.resolve("i"), new IndexVectors(List.of(second, first), VectorQuantization.NONE))) {
            assertThat(index.catchUp(catalog)).as("the same models in another field order").isZero();
            index.rebuild(catalog, n -> { });
            assertThat(index.vectorSpaces()).containsExactly(new VectorSpace("second-model", 64), new VectorSpace("test-hashing-128", 128));
        }
        try (SearchIndex index = open(first, VectorQuantization.NONE)) {
            assertThat(index.catchUp(catalog)).isZero();
            index.rebuild(catalog, n -> { });
            assertThat(index.vectorSpaces()).as("back to one model").containsExactly(new VectorSpace("test-hashing-128", 128));
            assertThat(vectors(index, IndexSchema.vectorField(1))).isZero();
        }
    }

    /** The vector format each segment wrote {@code field} in. */
    private static List<String> formatsOf(SearchIndex index, String field) {
        return index.withSearcher(s -> s.getIndexReader().leaves().stream()
                .map(l -> l.reader().getFieldInfos().fieldInfo(field).getAttribute("PerFieldKnnVectorsFormat.format")).toList());
    }

    /** The vector format a segment wrote {@code field} in, as Lucene's per-field format records it. */
    private static String formatOf(SearchIndex index, String field) {
        return index.withSearcher(s -> s.getIndexReader().leaves().getFirst().reader().getFieldInfos().fieldInfo(field)
                .getAttribute("PerFieldKnnVectorsFormat.format"));
    }

    @Test
    void anIndexTakesOneOrTwoDistinctModels() {
        MapVectorSource first = new MapVectorSource(HashingEmbedder.withTestSynonyms());
        assertThatThrownBy(() -> new IndexVectors(List.of(first, first), VectorQuantization.NONE)).hasMessageContaining("named twice");
        assertThatThrownBy(() -> new IndexVectors(List.of(), VectorQuantization.NONE)).hasMessageContaining("1..2");
        assertThatThrownBy(() -> IndexSchema.vectorField(2)).isInstanceOf(IllegalArgumentException.class);
        assertThat(IndexSchema.vectorField(1)).isEqualTo("vector_2");
    }

    /** A source that logs its prepare calls, so a pass's slow work can be seen to happen once, up front. */
    private static final class PreparingSource implements VectorSource {
        final MapVectorSource inner = new MapVectorSource(HashingEmbedder.withTestSynonyms());
        final List<List<String>> prepared = new java.util.ArrayList<>();
        final List<String> log = new java.util.ArrayList<>();

        @Override
        public VectorSpace space() {
            return inner.space();
        }

        @Override
        public void prepare(List<SourceRecord> records) {
            prepared.add(records.stream().map(SourceRecord::id).toList());
            log.add("prepare");
        }

        @Override
        public Map<String, float[]> vectorsFor(List<SourceRecord> records) {
            log.add("vectors");
            return inner.vectorsFor(records);
        }
    }

    @Test
    void everyPassPreparesItsWholeSetOfRecordsOnceBeforeAskingForVectors() {
        PreparingSource source = new PreparingSource();
        try (SearchIndex index = open(source, VectorQuantization.NONE)) {
            index.catchUp(catalog);
            assertThat(source.prepared).singleElement().asList().hasSize(5);
            assertThat(source.log.getFirst()).isEqualTo("prepare");
            catalog.store(Records.file(Records.paper("more.txt", 1, "Sparse Mixture of Experts").build()), "more.txt", "sha-more", null);
            index.catchUp(catalog);
            assertThat(source.prepared).as("a catch-up prepares only the changed file's records").hasSize(2);
            assertThat(source.prepared.get(1)).hasSize(1);
            index.rebuild(catalog, n -> { });
            assertThat(source.prepared).hasSize(3);
            assertThat(source.prepared.get(2)).hasSize(6);
            assertThat(source.log).as("each pass prepares before its batches").containsSubsequence("prepare", "vectors", "prepare", "vectors", "prepare", "vectors");
        }
    }

    @Test
    void aRecordTheSourceLeavesOutIsIndexedWithoutAVector() {
        MapVectorSource all = new MapVectorSource(HashingEmbedder.withTestSynonyms());
        VectorSource allButTalks = new VectorSource() {
            @Override
            public VectorSpace space() {
                return all.space();
            }

            @Override
            public Map<String, float[]> vectorsFor(List<SourceRecord> records) {
                Map<String, float[]> out = new HashMap<>(all.vectorsFor(records));
                records.stream().filter(r -> r.source().file().equals("talks.txt")).forEach(r -> out.remove(r.id()));
                return out;
            }
        };
        try (SearchIndex index = open(allButTalks, VectorQuantization.NONE)) {
            index.catchUp(catalog);
            assertThat(vectors(index)).isEqualTo(3);
            assertThat((int) index.withSearcher(s -> s.getIndexReader().numDocs())).isEqualTo(5);
        }
    }

    @Test
    void catchUpAsksTheSourceOnlyForTheChangedFile() {
        MapVectorSource source = new MapVectorSource(HashingEmbedder.withTestSynonyms());
        try (SearchIndex index = open(source, VectorQuantization.NONE)) {
            index.catchUp(catalog);
            int before = source.requested().size();
            catalog.store(Records.file(Records.paper("new.txt", 1, "Attention Is All You Need").build()), "new.txt", "s3", null);
            assertThat(index.catchUp(catalog)).isEqualTo(1);
            assertThat(source.requested().subList(before, source.requested().size())).hasSize(1);
            assertThat(vectors(index)).isEqualTo(6);
        }
    }

    private void storeAnotherFile(String name) {
        catalog.store(Records.file(Records.paper(name, 1, "Attention Is All You Need").build()), name, "sha-" + name, null);
    }

    @Test
    void anotherModelOrDimensionOrNoModelKeepsTheIndexAsBuiltUntilARebuild() {
        try (SearchIndex index = open(new MapVectorSource(HashingEmbedder.withTestSynonyms()), VectorQuantization.NONE)) {
            assertThat(index.catchUp(catalog)).isEqualTo(-1);
        }
        try (SearchIndex index = open(new MapVectorSource(HashingEmbedder.withTestSynonyms()), VectorQuantization.NONE)) {
            assertThat(index.catchUp(catalog)).as("same model: nothing to do").isZero();
        }
        MapVectorSource other = new MapVectorSource(new HashingEmbedder("other-model", 128, Map.of()));
        try (SearchIndex index = open(other, VectorQuantization.NONE)) {
            long before = index.generation();
            assertThat(index.catchUp(catalog)).isZero();
            storeAnotherFile("new.txt");
            assertThat(index.catchUp(catalog)).as("other models' vectors: only those models could add the new record's").isZero();
            assertThat(index.generation()).as("left behind, as it was").isEqualTo(before);
            assertThat(index.vectorSpaces()).containsExactly(new VectorSpace("test-hashing-128", 128));
            assertThat(other.requested()).as("nothing embedded").isEmpty();
            index.rebuild(catalog, n -> { });
            assertThat(index.vectorSpaces()).containsExactly(new VectorSpace("other-model", 128));
            assertThat(other.requested()).hasSize(6);
        }
        try (SearchIndex index = open(new MapVectorSource(new HashingEmbedder("other-model", 64, Map.of())), VectorQuantization.NONE)) {
            assertThat(index.catchUp(catalog)).isZero();
            index.rebuild(catalog, n -> { });
            assertThat(index.vectorSpaces()).contains(new VectorSpace("other-model", 64));
        }
        try (SearchIndex index = SearchIndex.open(dir.resolve("i"))) {
            assertThat(index.catchUp(catalog)).as("opened without a model: the vectors stay").isZero();
            assertThat(vectors(index)).isEqualTo(6);
            index.rebuild(catalog, n -> { });
            assertThat(index.vectorSpaces()).isEmpty();
            assertThat(vectors(index)).isZero();
        }
        MapVectorSource model = new MapVectorSource(HashingEmbedder.withTestSynonyms());
        try (SearchIndex index = open(model, VectorQuantization.NONE)) {
            storeAnotherFile("later.txt");
            assertThat(index.catchUp(catalog)).as("an index without vectors is caught up without vectors").isEqualTo(1);
            assertThat(index.generation()).isEqualTo(catalog.generation());
            assertThat((int) index.withSearcher(s -> s.getIndexReader().numDocs())).isEqualTo(7);
            assertThat(index.vectorSpaces()).isEmpty();
            assertThat(vectors(index)).isZero();
            assertThat(model.requested()).as("nothing embedded").isEmpty();
        }
    }

    @Test
    void int8QuantisationTakesARebuildAndACatchUpMeanwhileKeepsTheBuiltOne() {
        try (SearchIndex index = open(new MapVectorSource(HashingEmbedder.withTestSynonyms()), VectorQuantization.NONE)) {
            index.catchUp(catalog);
        }
        try (SearchIndex index = open(new MapVectorSource(HashingEmbedder.withTestSynonyms()), VectorQuantization.INT8)) {
            assertThat(index.catchUp(catalog)).isZero();
            storeAnotherFile("new.txt");
            assertThat(index.catchUp(catalog)).as("the same model: the new record gets its vector, in float32 as built").isEqualTo(1);
            assertThat(vectors(index)).isEqualTo(6);
            assertThat(formatsOf(index, IndexSchema.VECTOR)).hasSize(2).noneMatch(f -> f.contains("ScalarQuantized"));
            index.rebuild(catalog, n -> { });
            assertThat(vectors(index)).isEqualTo(6);
            assertThat(formatsOf(index, IndexSchema.VECTOR)).isNotEmpty().allMatch(f -> f.contains("ScalarQuantized"));
        }
    }

    @Test
    void vectorsOfTheWrongDimensionOrLengthAreRejected() {
        VectorSource wrongDimension = fixed(new VectorSpace("m", 4), new float[] {1, 0, 0});
        try (SearchIndex index = open(wrongDimension, VectorQuantization.NONE)) {
            assertThatThrownBy(() -> index.catchUp(catalog)).hasMessageContaining("4 dimensions").hasMessageContaining("got 3");
        }
        // The failed build committed nothing (its writer was rolled back, not closed with a commit).
        try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(dir.resolve("i"))) {
            assertThat(org.apache.lucene.index.DirectoryReader.indexExists(d)).isFalse();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        VectorSource notUnit = fixed(new VectorSpace("m", 3), new float[] {1, 1, 0});
        try (SearchIndex index = open(notUnit, VectorQuantization.NONE)) {
            assertThatThrownBy(() -> index.catchUp(catalog)).hasMessageContaining("not 1");
        }
    }

    private static VectorSource fixed(VectorSpace space, float[] vector) {
        return new VectorSource() {
            @Override
            public VectorSpace space() {
                return space;
            }

            @Override
            public Map<String, float[]> vectorsFor(List<SourceRecord> records) {
                Map<String, float[]> out = new HashMap<>();
                records.forEach(r -> out.put(r.id(), vector));
                return out;
            }
        };
    }
}
