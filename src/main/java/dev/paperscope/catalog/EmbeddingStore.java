package dev.paperscope.catalog;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The embedding cache in the catalog's file (dense retrieval): vectors keyed by the SHA-256 of the
 * embedded text and the model id, so a passage shared by several records or re-ingested unchanged is
 * embedded once per model. Vectors are little-endian float32 BLOBs. Entries outlive the records they
 * came from (harmless: a cache). Handed out by {@link Catalog#embeddings()}; shares its connection and lock.
 */
public final class EmbeddingStore {
    private final Database db;

    EmbeddingStore(Database db) {
        this.db = db;
    }

    static void create(Statement s) throws SQLException {
        s.execute("""
                CREATE TABLE IF NOT EXISTS embeddings(
                  content_sha256 TEXT NOT NULL, model TEXT NOT NULL, vector BLOB NOT NULL,
                  PRIMARY KEY(content_sha256, model)) WITHOUT ROWID""");
    }

    /** The stored vectors of {@code model} among these content hashes, by hash; hashes without one are absent. */
    public Map<String, float[]> vectors(String model, Collection<String> contentHashes) {
        Map<String, float[]> found = new LinkedHashMap<>();
        read(model, contentHashes, "SELECT content_sha256, vector", rs -> found.put(rs.getString(1), floats(rs.getBytes(2))));
        return found;
    }

    /** Which of these content hashes have a stored vector of {@code model}, without reading the vectors. */
    public Set<String> storedHashes(String model, Collection<String> contentHashes) {
        Set<String> found = new HashSet<>();
        read(model, contentHashes, "SELECT content_sha256", rs -> found.add(rs.getString(1)));
        return found;
    }

    private void read(String model, Collection<String> contentHashes, String select, Database.RowReader row) {
        db.read("cannot read embeddings of " + model + " from the catalog", c -> {
            Database.inBatches(c, contentHashes, List.of(model), select + " FROM embeddings WHERE model = ? AND content_sha256 IN (%s)", row);
            return null;
        });
    }

    /** Stores (or replaces) vectors of {@code model} by content hash, all in one transaction. */
    public void put(String model, Map<String, float[]> vectors) {
        db.write("store embeddings of " + model, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO embeddings(content_sha256, model, vector) VALUES (?, ?, ?)")) {
                for (Map.Entry<String, float[]> e : vectors.entrySet()) {
                    if (e.getValue() == null || e.getValue().length == 0) {
                        throw new IllegalArgumentException("empty vector for " + e.getKey());
                    }
                    ps.setString(1, e.getKey());
                    ps.setString(2, model);
                    ps.setBytes(3, bytes(e.getValue()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    private static byte[] bytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    private static float[] floats(byte[] blob) {
        if (blob.length % Float.BYTES != 0) {
            throw new CatalogException("corrupt embedding vector of " + blob.length + " bytes", null);
        }
        float[] vector = new float[blob.length / Float.BYTES];
        ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }
}
