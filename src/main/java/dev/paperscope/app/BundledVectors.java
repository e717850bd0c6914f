package dev.paperscope.app;

import dev.paperscope.catalog.Catalog;
import dev.paperscope.index.VectorSpace;
import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.search.dense.Passage;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Passage vectors shipped in the jar for the bundled demo pages, one file per embedding model
 * ({@code demo/vectors/MODEL.vec}), so that the demo, and any ingest of the same pages, is hybrid at
 * once instead of running the model over every passage first. They are the model's own output (written
 * by {@code paperscope demo --write-bundled-vectors}) and enter the catalog's vector cache like vectors
 * embedded here: keyed by passage SHA-256 and model id, so a changed passage is simply not found and is
 * embedded. A model without a file has no bundled vectors.
 *
 * <p>File format: the int {@code 0x50535631} ("PSV1"), the model id (modified UTF-8), the dimension, the
 * count, then per passage its 32-byte SHA-256 and its floats; big-endian, passages ordered by hash.
 *
 * <p>Thread-safe: files are read once per model and kept (a few hundred vectors each).
 */
final class BundledVectors {
    static final String RESOURCE_DIR = "demo/vectors/";
    private static final int MAGIC = 0x50535631;
    private static final int SHA256_BYTES = 32;
    private static final ConcurrentMap<VectorSpace, Map<String, float[]>> LOADED = new ConcurrentHashMap<>();

    private BundledVectors() {
    }

    /** The bundled vectors of {@code space}'s model, by passage SHA-256 (hex); empty when none ship. */
    static Map<String, float[]> of(VectorSpace space) {
        return LOADED.computeIfAbsent(space, BundledVectors::load);
    }

    static String resourceName(String modelId) {
        return RESOURCE_DIR + modelId + ".vec";
    }

    /**
     * Copies into the catalog's vector cache the bundled vectors of these records' passages that it lacks,
     * so the embedding cache finds them there; returns how many it copied. Copying the same ones again
     * changes nothing.
     */
    static int copyMissing(Catalog catalog, VectorSpace space, List<SourceRecord> records) {
        Map<String, float[]> bundled = of(space);
        if (bundled.isEmpty()) {
            return 0;
        }
        Set<String> wanted = new LinkedHashSet<>();
        for (SourceRecord r : records) {
            Passage.of(r).map(Passage::sha256).filter(bundled::containsKey).ifPresent(wanted::add);
        }
        return copy(catalog, space, bundled, wanted);
    }

    /** As {@link #copyMissing}, for the passage index's texts. */
    static int copyMissingTexts(Catalog catalog, VectorSpace space, List<String> texts) {
        Map<String, float[]> bundled = of(space);
        if (bundled.isEmpty()) {
            return 0;
        }
        Set<String> wanted = new LinkedHashSet<>();
        texts.stream().filter(t -> !t.isBlank()).map(t -> Passage.ofText(t).sha256()).filter(bundled::containsKey).forEach(wanted::add);
        return copy(catalog, space, bundled, wanted);
    }

    private static int copy(Catalog catalog, VectorSpace space, Map<String, float[]> bundled, Set<String> wanted) {
        if (wanted.isEmpty()) {
            return 0;
        }
        wanted.removeAll(catalog.embeddings().storedHashes(space.modelId(), wanted));
        Map<String, float[]> missing = new LinkedHashMap<>();
        wanted.forEach(h -> missing.put(h, bundled.get(h)));
        if (!missing.isEmpty()) {
            catalog.embeddings().put(space.modelId(), missing);
        }
        return missing.size();
    }

    private static Map<String, float[]> load(VectorSpace space) {
        String name = resourceName(space.modelId());
        try (InputStream in = BundledVectors.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? Map.of() : read(in, space, name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled vectors " + name, e);
        }
    }

    /** Reads one file; a file of another model or dimension, or a cut-off one, is an error naming it. */
    static Map<String, float[]> read(InputStream raw, VectorSpace space, String name) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw));
        try {
            if (in.readInt() != MAGIC) {
                throw new IOException(name + ": not a bundled-vectors file");
            }
            String model = in.readUTF();
            int dimension = in.readInt();
            if (!model.equals(space.modelId()) || dimension != space.dimension()) {
                throw new IOException(name + ": holds " + model + " (" + dimension + " dimensions), expected "
                        + space.modelId() + " (" + space.dimension() + ")");
            }
            int count = in.readInt();
            if (count < 0) {
                throw new IOException(name + ": negative count " + count);
            }
            Map<String, float[]> vectors = new LinkedHashMap<>();
            byte[] sha = new byte[SHA256_BYTES];
            for (int i = 0; i < count; i++) {
                in.readFully(sha);
                float[] v = new float[dimension];
                for (int d = 0; d < dimension; d++) {
                    v[d] = in.readFloat();
                }
                vectors.put(HexFormat.of().formatHex(sha), v);
            }
            if (in.read() != -1) {
                throw new IOException(name + ": bytes after the " + count + " vectors it announces");
            }
            return Map.copyOf(vectors);
        } catch (EOFException e) {
            throw new IOException(name + ": cut off before the vectors it announces", e);
        }
    }

    /** Writes one file: {@code vectors} by passage SHA-256 (hex), each of {@code space}'s dimension. */
    static void write(OutputStream raw, VectorSpace space, Map<String, float[]> vectors) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw));
        out.writeInt(MAGIC);
        out.writeUTF(space.modelId());
        out.writeInt(space.dimension());
        out.writeInt(vectors.size());
        for (Map.Entry<String, float[]> e : new TreeMap<>(vectors).entrySet()) {
            if (e.getValue().length != space.dimension()) {
                throw new IllegalArgumentException("vector of " + e.getKey() + " has " + e.getValue().length + " dimensions, not " + space.dimension());
            }
            out.write(HexFormat.of().parseHex(e.getKey()));
            for (float f : e.getValue()) {
                out.writeFloat(f);
            }
        }
        out.flush();
    }
}
