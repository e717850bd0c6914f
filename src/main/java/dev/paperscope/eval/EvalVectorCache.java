package dev.paperscope.eval;

import dev.paperscope.ingest.Sha256;
import dev.paperscope.search.dense.CacheDirs;
import dev.paperscope.search.dense.Embedder;
import dev.paperscope.search.dense.EmbeddingProgress;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Corpus vectors for evaluation, kept in a file named after the model and a digest of every passage, so
 * a second evaluation of the same corpus with the same model does not embed it again (embedding SciFact
 * takes tens of minutes on two cores). Vectors are appended chunk by chunk to a {@code .partial} file
 * beside it, so a stopped run resumes where it stopped; only a complete file gets the final name, so a
 * reader never sees a half-written cache.
 */
public final class EvalVectorCache {
    private static final int CHUNK = 64;

    private EvalVectorCache() {
    }

    /**
     * The vectors of {@code corpus}'s passages ({@link #passage}) by {@code embedder}, in corpus order, from
     * the cache in {@code cacheDir} (usually {@link #defaultDir()}) where it has them; what it lacks is
     * embedded and cached.
     */
    public static float[][] ofCorpus(List<BeirDoc> corpus, Embedder embedder, Path cacheDir, EmbeddingProgress progress) {
        return vectors(texts(corpus), embedder, cacheDir, progress);
    }

    /** The text of a document that is embedded: title + " " + text, as BEIR embeds it (the text alone without a title). */
    public static String passage(BeirDoc doc) {
        return doc.title().isBlank() ? doc.text() : doc.title() + " " + doc.text();
    }

    static float[][] vectors(List<String> passages, Embedder embedder, Path cacheDir, EmbeddingProgress progress) {
        Path file = cacheDir.resolve(embedder.modelId().replaceAll("[^A-Za-z0-9.@-]", "_") + "-" + digest(passages) + ".f32");
        if (Files.exists(file)) {
            return read(file, passages.size(), embedder.dimension());
        }
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        float[][] vectors = new float[passages.size()][];
        int done = resume(partial, vectors, embedder.dimension());
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(partial, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                for (int from = done; from < passages.size(); from += CHUNK) {
                    List<float[]> chunk = embedder.embedPassages(passages.subList(from, Math.min(passages.size(), from + CHUNK)));
                    for (int i = 0; i < chunk.size(); i++) {
                        vectors[from + i] = chunk.get(i);
                        out.write(bytes(chunk.get(i)));
                    }
                    out.flush();
                    progress.update(Math.min(passages.size(), from + CHUNK), passages.size());
                }
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write vector cache " + file, e);
        }
        return vectors;
    }

    /**
     * Reads the whole vectors of an earlier, stopped run; a vector cut short by a kill is dropped and the
     * file truncated to the vectors kept, so appending goes on from a clean boundary.
     */
    private static int resume(Path partial, float[][] vectors, int dim) {
        if (!Files.exists(partial)) {
            return 0;
        }
        try {
            byte[] bytes = Files.readAllBytes(partial);
            int whole = Math.min(vectors.length, bytes.length / (dim * Float.BYTES));
            decode(bytes, vectors, whole, dim);
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                channel.truncate((long) whole * dim * Float.BYTES);
            }
            return whole;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resume vector cache " + partial, e);
        }
    }

    private static byte[] bytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    /** Where cached vectors live: {@code eval-vectors} under the cache folder ({@code ~/.cache/paperscope}). */
    public static Path defaultDir() {
        return CacheDirs.paperscope().resolve("eval-vectors");
    }

    private static float[][] read(Path file, int n, int dim) {
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            byte[] bytes = in.readAllBytes();
            if (bytes.length != (long) n * dim * Float.BYTES) {
                throw new IllegalStateException("vector cache " + file + " has " + bytes.length + " bytes, expected " + (long) n * dim * Float.BYTES);
            }
            float[][] out = new float[n][];
            decode(bytes, out, n, dim);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read vector cache " + file, e);
        }
    }

    /** The first {@code count} little-endian vectors of {@code bytes} into {@code into}. */
    private static void decode(byte[] bytes, float[][] into, int count, int dim) {
        FloatBuffer floats = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
        for (int i = 0; i < count; i++) {
            into[i] = new float[dim];
            floats.get(into[i]);
        }
    }

    /** Each passage followed by a NUL, so ["ab", "c"] and ["a", "bc"] differ. */
    private static String digest(List<String> passages) {
        return Sha256.hex(String.join("\u0000", passages) + "\u0000").substring(0, 16);
    }

    static List<String> texts(List<BeirDoc> corpus) {
        List<String> out = new ArrayList<>(corpus.size());
        for (BeirDoc d : corpus) {
            out.add(passage(d));
        }
        return out;
    }
}
