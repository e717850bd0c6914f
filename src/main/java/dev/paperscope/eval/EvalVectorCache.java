package dev.paperscope.eval;

import dev.paperscope.ingest.Sha256;
import dev.paperscope.search.dense.Embedder;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import dev.paperscope.search.dense.CacheDirs;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import dev.paperscope.search.dense.EmbeddingProgress;

/**
 * Corpus vectors for evaluation, kept in a file named after the model and a digest of every passage, so
 * a second evaluation of the same corpus with the same model does not embed it again (embedding SciFact
 * takes tens of minutes on two cores). The file is written to a temporary name and moved into place, so
 * an interrupted run never leaves a half-written cache.
 */
final class EvalVectorCache {
    private static final int CHUNK = 64;

    private EvalVectorCache() {
    }

    static float[][] vectors(List<String> passages, Embedder embedder, Path cacheDir, EmbeddingProgress progress) {
        Path file = cacheDir.resolve(embedder.modelId().replaceAll("[^A-Za-z0-9.@-]", "_") + "-" + digest(passages) + ".f32");
        if (Files.exists(file)) {
            return read(file, passages.size(), embedder.dimension());
        }
        float[][] vectors = new float[passages.size()][];
        for (int from = 0; from < passages.size(); from += CHUNK) {
            List<float[]> chunk = embedder.embedPassages(passages.subList(from, Math.min(passages.size(), from + CHUNK)));
            for (int i = 0; i < chunk.size(); i++) {
                vectors[from + i] = chunk.get(i);
            }
            progress.update(Math.min(passages.size(), from + CHUNK), passages.size());
        }
        write(file, vectors);
        return vectors;
    }

    static Path defaultDir() {
        return CacheDirs.paperscope().resolve("eval-vectors");
    }

    private static float[][] read(Path file, int n, int dim) {
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            byte[] bytes = in.readAllBytes();
            if (bytes.length != (long) n * dim * Float.BYTES) {
                throw new IllegalStateException("vector cache " + file + " has " + bytes.length + " bytes, expected " + (long) n * dim * Float.BYTES);
            }
            java.nio.FloatBuffer floats = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
            float[][] out = new float[n][dim];
            for (float[] v : out) {
                floats.get(v);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read vector cache " + file, e);
        }
    }

    private static void write(Path file, float[][] vectors) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "vectors", ".tmp");
            try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(tmp))) {
                ByteBuffer buffer = ByteBuffer.allocate(vectors.length == 0 ? 0 : vectors[0].length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
                for (float[] v : vectors) {
                    buffer.clear();
                    buffer.asFloatBuffer().put(v);
                    out.write(buffer.array());
                }
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write vector cache " + file, e);
        }
    }

    /** Each passage followed by a NUL, so ["ab", "c"] and ["a", "bc"] differ. */
    private static String digest(List<String> passages) {
        return Sha256.hex(String.join("\u0000", passages) + "\u0000").substring(0, 16);
    }

    static List<String> texts(List<BeirDoc> corpus) {
        List<String> out = new ArrayList<>(corpus.size());
        for (BeirDoc d : corpus) {
            out.add(DenseExactRetriever.passage(d));
        }
        return out;
    }
}
