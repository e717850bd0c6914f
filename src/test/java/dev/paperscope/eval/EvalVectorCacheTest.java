package dev.paperscope.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperscope.search.dense.Embedder;
import dev.paperscope.testing.HashingEmbedder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalVectorCacheTest {
    @TempDir
    Path dir;

    private static List<String> passages(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add("passage number " + i + " about protein folding " + (i % 7));
        }
        return out;
    }

    /** Embeds normally until it has embedded {@code limit} passages, then fails like a killed run. */
    private static final class FailingEmbedder implements Embedder {
        private final HashingEmbedder inner = new HashingEmbedder("test-hashing-32", 32, Map.of());
        private final int limit;
        private int embedded;

        FailingEmbedder(int limit) {
            this.limit = limit;
        }

        @Override
        public String modelId() {
            return inner.modelId();
        }

        @Override
        public int dimension() {
            return inner.dimension();
        }

        @Override
        public List<float[]> embedPassages(List<String> texts) {
            if (embedded + texts.size() > limit) {
                throw new IllegalStateException("stopped");
            }
            embedded += texts.size();
            return inner.embedPassages(texts);
        }

        @Override
        public List<float[]> embedQueries(List<String> texts) {
            return inner.embedQueries(texts);
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aStoppedRunResumesWithoutEmbeddingAgainWhatItKept() throws IOException {
        List<String> passages = passages(200);
        assertThrows(IllegalStateException.class,
                () -> EvalVectorCache.vectors(passages, new FailingEmbedder(128), dir, (d, t) -> { }));
        assertEquals(1, partials().size(), "the stopped run keeps its vectors in a .partial file");
        // A kill in the middle of a vector leaves a torn tail: the resume must drop it, not misread it.
        Files.write(partials().get(0), new byte[] {1, 2, 3}, StandardOpenOption.APPEND);

        HashingEmbedder resumed = new HashingEmbedder("test-hashing-32", 32, Map.of());
        float[][] vectors = EvalVectorCache.vectors(passages, resumed, dir, (d, t) -> { });

        assertEquals(72, resumed.passagesEmbedded(), "only the passages after the two saved chunks");
        float[][] expected = new HashingEmbedder("test-hashing-32", 32, Map.of()).embedPassages(passages).toArray(float[][]::new);
        for (int i = 0; i < passages.size(); i++) {
            assertArrayEquals(expected[i], vectors[i], "vector " + i);
        }
        assertTrue(partials().isEmpty(), "the finished file replaces the partial one");

        HashingEmbedder again = new HashingEmbedder("test-hashing-32", 32, Map.of());
        float[][] cached = EvalVectorCache.vectors(passages, again, dir, (d, t) -> { });
        assertEquals(0, again.passagesEmbedded(), "a complete cache is read, not embedded");
        assertArrayEquals(vectors[199], cached[199]);
    }

    @Test
    void aDifferentCorpusDoesNotReuseTheCache() {
        HashingEmbedder first = new HashingEmbedder("test-hashing-32", 32, Map.of());
        EvalVectorCache.vectors(passages(10), first, dir, (d, t) -> { });
        HashingEmbedder second = new HashingEmbedder("test-hashing-32", 32, Map.of());
        EvalVectorCache.vectors(passages(11), second, dir, (d, t) -> { });
        assertEquals(11, second.passagesEmbedded());
    }

    private List<Path> partials() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".partial")).toList();
        }
    }
}
