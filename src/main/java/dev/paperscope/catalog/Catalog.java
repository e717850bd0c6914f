package dev.paperscope.catalog;

import dev.paperscope.ingest.Formats.ParsedFile;
import dev.paperscope.ingest.RecordJson;
import dev.paperscope.ingest.SourceRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The SQLite catalog. Each file is stored under a unique name (as {@code source.file} records it) and,
 * when read from disk, its canonical path ({@link FileStore}): storing a name whose SHA-256 is already
 * known changes nothing; a new SHA-256 replaces that file's own records in one transaction. Each file has a {@link FileRole}: reference files are stored but are not
 * records users search (every record reader here returns source records unless it says otherwise).
 * Beside the records live derived resolution data (works, recovered fields; see {@link DerivedTables})
 * and the users' work decisions.
 *
 * <p>Thread-safety: the one connection is guarded by this object's monitor; each public method is one
 * whole transaction, so nothing stays open between calls.
 */
public final class Catalog implements AutoCloseable {
    private static final int SCHEMA_VERSION = 3;
    private final Connection connection;
    /** How a write waits for another process's write to finish (every write begins IMMEDIATE, see {@link WriteTurn}). */
    private final WriteTurn writeTurn;

    private Catalog(Connection connection, WriteTurn writeTurn) {
        this.connection = connection;
        this.writeTurn = writeTurn;
    }

    public static Catalog open(Path databaseFile) {
        return open(databaseFile, WriteTurn.DEFAULT);
    }

    /** Opens the catalog with writes waiting for other processes' writes as {@code writeTurn} says. */
    public static Catalog open(Path databaseFile, WriteTurn writeTurn) {
        try {
            Files.createDirectories(databaseFile.toAbsolutePath().getParent());
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + databaseFile.toAbsolutePath());
            Catalog catalog = new Catalog(c, writeTurn);
            try {
                catalog.configure();
                catalog.migrate();
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
            return catalog;
        } catch (java.io.IOException | SQLException e) {
            throw new CatalogException("cannot open catalog " + databaseFile + ": " + e.getMessage(), e);
        }
    }

    private void configure() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            // FULL: a commit survives power loss, not only a killed process; ingest is not latency-bound.
            s.execute("PRAGMA synchronous=FULL");
            s.execute("PRAGMA foreign_keys=ON");
            s.execute("PRAGMA busy_timeout=" + WriteTurn.READ_BUSY_MILLIS);
        }
    }

    private void migrate() throws SQLException {
        connection.setAutoCommit(false);
        writeTurn.begin(connection, "open the catalog");
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)");
            int stored = storedSchemaVersion(s);
            s.execute("""
                    CREATE TABLE IF NOT EXISTS files(
                      name TEXT PRIMARY KEY, sha256 TEXT NOT NULL, format TEXT NOT NULL, path TEXT,
                      record_count INTEGER NOT NULL, ingested_at TEXT NOT NULL)""");
            s.execute("""
                    CREATE TABLE IF NOT EXISTS records(
                      id TEXT PRIMARY KEY, file TEXT NOT NULL REFERENCES files(name) ON DELETE CASCADE,
                      ordinal INTEGER NOT NULL, json TEXT NOT NULL)""");
            s.execute("CREATE INDEX IF NOT EXISTS records_by_file ON records(file, ordinal)");
            s.execute("""
                    CREATE TABLE IF NOT EXISTS changes(
                      generation INTEGER PRIMARY KEY AUTOINCREMENT, file TEXT NOT NULL, at TEXT NOT NULL)""");
            addRoleColumn(s);
            createEmbeddingsTable(s);
            DerivedTables.create(s);
            IdRedirects.create(s);
            if (stored < 3) {
                IdMigration.run(connection); // a new catalog has no records: nothing to do
            }
            s.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', '" + SCHEMA_VERSION + "')");
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }

    /** The schema version the file was written with; the current one for a new catalog. */
    private static int storedSchemaVersion(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
            return rs.next() ? Integer.parseInt(rs.getString(1)) : 0;
        }
    }

    /** Schema 1 catalogs had no roles: every file was a source. */
    private static void addRoleColumn(Statement s) throws SQLException {
        boolean present = false;
        try (ResultSet rs = s.executeQuery("PRAGMA table_info(files)")) {
            while (rs.next()) {
                present |= rs.getString("name").equals("role");
            }
        }
        if (!present) {
            s.execute("ALTER TABLE files ADD COLUMN role TEXT NOT NULL DEFAULT 'source'");
        }
    }

    /** Stores one parsed file as a source (a known file keeps its role); see {@link #store(ParsedFile, String, String, Path, Optional)}. */
    public synchronized IngestOutcome store(ParsedFile parsed, String fileName, String sha256, Path path) {
        return store(parsed, fileName, sha256, path, Optional.empty());
    }

    /**
     * Stores one parsed file under {@code fileName} in a single transaction, or does nothing when the same
     * bytes are already stored under that name in the same role. A new version replaces that file's own
     * records, and the outcome counts what it added, removed and changed. A role changes only when
     * {@code role} asks for it; an empty {@code role} keeps a known file's role and makes a new file a source.
     * Which name a file gets (and whether it is a move or a copy of a stored one) is the caller's choice:
     * see {@link #fileAt}, {@link #filesWithSha} and {@link #move}.
     */
    public synchronized IngestOutcome store(ParsedFile parsed, String fileName, String sha256, Path path, Optional<FileRole> role) {
        return storeAt(parsed, fileName, sha256, path == null ? null : path.toAbsolutePath().toString(), role);
    }

    /**
     * As {@link #store(ParsedFile, String, String, Path, Optional)} for a file identified by {@code location}:
     * an absolute path, or the normalised URL a page was fetched from (null: read from memory).
     */
    public synchronized IngestOutcome storeAt(ParsedFile parsed, String fileName, String sha256, String location, Optional<FileRole> role) {
        try {
            Optional<StoredFile> stored = file(fileName);
            Optional<String> known = stored.map(StoredFile::sha256);
            if (known.isPresent() && known.get().equals(sha256)) {
                if (role.isPresent() && role.get() != stored.get().role()) {
                    switchRole(fileName, role.get());
                    return IngestOutcome.of(fileName, parsed.format(), IngestOutcome.Status.ROLE_CHANGED, parsed.records().size(), "");
                }
                return IngestOutcome.of(fileName, parsed.format(), IngestOutcome.Status.UNCHANGED, parsed.records().size(), "");
            }
            FileRole chosen = role.orElse(stored.map(StoredFile::role).orElse(FileRole.SOURCE));
            IngestOutcome.Changes changes = replace(parsed, fileName, sha256, location, chosen);
            IngestOutcome.Status status = known.isPresent() ? IngestOutcome.Status.REPLACED : IngestOutcome.Status.ADDED;
            return new IngestOutcome(fileName, parsed.format(), status, parsed.records().size(), changes, "");
        } catch (SQLException e) {
            throw new CatalogException("cannot store " + fileName + " in the catalog: " + e.getMessage(), e);
        }
    }

    /** The stored file of this name, if any. */
    public synchronized Optional<StoredFile> file(String fileName) {
        return read("cannot read file " + fileName, () -> FileStore.where(connection, "WHERE name = ?", fileName)).stream().findFirst();
    }

    /** The stored file read from this path (canonical, absolute), if any. */
    public synchronized Optional<StoredFile> fileAt(Path canonicalPath) {
        String path = canonicalPath.toString();
        return read("cannot read files", () -> FileStore.where(connection, "WHERE path = ?", path)).stream().findFirst();
    }

    /** The stored file read from this location (an absolute path, or the normalised URL of a page), if any. */
    public synchronized Optional<StoredFile> fileAtLocation(String location) {
        return read("cannot read files", () -> FileStore.where(connection, "WHERE path = ?", location)).stream().findFirst();
    }

    /** The stored files with these bytes, by name. */
    public synchronized List<StoredFile> filesWithSha(String sha256) {
        return read("cannot read files", () -> FileStore.where(connection, "WHERE sha256 = ?", sha256));
    }

    /**
     * Records that a stored file now lives at {@code canonicalPath} (the same bytes, moved): its name,
     * records and ids stay, so nothing is re-indexed.
     */
    public synchronized void move(String fileName, Path canonicalPath) {
        write("move " + fileName, () -> {
            FileStore.move(connection, fileName, canonicalPath.toString());
            return null;
        });
    }

    /**
     * Removes a file and its records in one transaction, logging a change so the index drops them too.
     * Returns the ids of the records removed.
     */
    public synchronized List<String> remove(String fileName) {
        return write("remove " + fileName, () -> {
            List<String> ids = FileStore.remove(connection, fileName);
            logChange(fileName);
            return ids;
        });
    }

    private <T> T write(String what, SqlWork<T> work) {
        try {
            writeTurn.begin(connection, what);
            T value = work.run();
            connection.commit();
            return value;
        } catch (SQLException | RuntimeException e) {
            rollbackAfter(e);
            throw e instanceof SQLException sql ? new CatalogException("cannot " + what + ": " + sql.getMessage(), sql)
                    : (RuntimeException) e;
        }
    }

    /** Changes a stored file's role; its records stay, and the change log tells the index to re-read them. */
    public synchronized void switchRole(String fileName, FileRole role) {
        try {
            writeTurn.begin(connection, "change the role of " + fileName);
            try (PreparedStatement ps = connection.prepareStatement("UPDATE files SET role = ? WHERE name = ?")) {
                ps.setString(1, role.externalName());
                ps.setString(2, fileName);
                if (ps.executeUpdate() != 1) {
                    throw new IllegalArgumentException("the catalog holds no file named " + fileName);
                }
            }
            logChange(fileName);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            rollbackAfter(e);
            throw e instanceof SQLException sql ? new CatalogException("cannot change the role of " + fileName + ": " + sql.getMessage(), sql)
                    : (RuntimeException) e;
        }
    }

    private IngestOutcome.Changes replace(ParsedFile parsed, String fileName, String sha256, String location, FileRole role) throws SQLException {
        try {
            writeTurn.begin(connection, "store " + fileName);
            java.util.Map<String, String> before = FileStore.recordJson(connection, fileName);
            deleteRecords(fileName);
            try (PreparedStatement ps = connection.prepareStatement("""
                    INSERT INTO files(name, sha256, format, path, record_count, ingested_at, role) VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(name) DO UPDATE SET sha256 = excluded.sha256, format = excluded.format,
                      path = excluded.path, record_count = excluded.record_count, ingested_at = excluded.ingested_at,
                      role = excluded.role""")) {
                ps.setString(1, fileName);
                ps.setString(2, sha256);
                ps.setString(3, parsed.format());
                ps.setString(4, location);
                ps.setInt(5, parsed.records().size());
                ps.setString(6, Instant.now().toString());
                ps.setString(7, role.externalName());
                ps.executeUpdate();
            }
            insertRecords(fileName, parsed.records());
            Map<String, String> rekeyed = FileStore.rekeyed(before, parsed.records());
            IdRedirects.put(connection, rekeyed, "record");
            IdRedirects.forgetLive(connection, parsed.records().stream().map(SourceRecord::id).toList());
            logChange(fileName);
            connection.commit();
            IngestOutcome.Changes changes = FileStore.diff(before, parsed.records());
            int k = rekeyed.size();
            return new IngestOutcome.Changes(changes.added() - k, changes.removed() - k, changes.changed() + k);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    private int deleteRecords(String fileName) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM records WHERE file = ?")) {
            ps.setString(1, fileName);
            return ps.executeUpdate();
        }
    }

    private void insertRecords(String fileName, List<SourceRecord> records) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO records(id, file, ordinal, json) VALUES (?, ?, ?, ?)")) {
            int ordinal = 0;
            for (SourceRecord r : records) {
                ps.setString(1, r.id());
                ps.setString(2, fileName);
                ps.setInt(3, ordinal++);
                ps.setString(4, RecordJson.toJson(r));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void logChange(String fileName) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO changes(file, at) VALUES (?, ?)")) {
            ps.setString(1, fileName);
            ps.setString(2, Instant.now().toString());
            ps.executeUpdate();
        }
    }

    /** The generation of the newest change, 0 for an empty catalog. */
    public synchronized long generation() {
        return queryLong("SELECT COALESCE(MAX(generation), 0) FROM changes");
    }

    /** Source records (reference files' records are not counted). */
    public synchronized long recordCount() {
        return queryLong("SELECT COUNT(*) FROM records r JOIN files f ON f.name = r.file WHERE f.role = 'source'");
    }

    public synchronized long referenceRecordCount() {
        return queryLong("SELECT COUNT(*) FROM records r JOIN files f ON f.name = r.file WHERE f.role = 'reference'");
    }

    /** Files changed after {@code generation}, each once, with the newest generation that touched it. */
    public synchronized List<FileChange> changesSince(long generation) {
        List<FileChange> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT MAX(generation), file FROM changes WHERE generation > ? GROUP BY file ORDER BY 1")) {
            ps.setLong(1, generation);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new FileChange(rs.getLong(1), rs.getString(2)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new CatalogException("cannot read the catalog's change log: " + e.getMessage(), e);
        }
    }

    /** Records of one file in page order, whatever its role. */
    public synchronized List<SourceRecord> recordsOf(String fileName) {
        List<SourceRecord> out = new ArrayList<>();
        forEach("SELECT json FROM records WHERE file = ? ORDER BY ordinal", fileName, out::add);
        return out;
    }

    /** Every source record, by file name and then page order: a stable order for export and reindex. */
    public synchronized void forEachRecord(Consumer<SourceRecord> consumer) {
        forEach("SELECT r.json FROM records r JOIN files f ON f.name = r.file WHERE f.role = 'source' ORDER BY r.file, r.ordinal",
                null, consumer);
    }

    /** Every record of a reference file, by file name and then list order. */
    public synchronized void forEachReferenceRecord(Consumer<SourceRecord> consumer) {
        forEach("SELECT r.json FROM records r JOIN files f ON f.name = r.file WHERE f.role = 'reference' ORDER BY r.file, r.ordinal",
                null, consumer);
    }

    public synchronized Optional<SourceRecord> record(String id) {
        List<SourceRecord> found = new ArrayList<>(1);
        forEach("SELECT json FROM records WHERE id = ?", id, found::add);
        return found.stream().findFirst();
    }

    /** Every stored file, by name. */
    public synchronized List<StoredFile> files() {
        return read("cannot list the catalog's files", () -> FileStore.where(connection, "", null));
    }

    /** Runs SQLite's own consistency check; returns its verdict ("ok" when sound). */
    public synchronized String integrityCheck() {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            return rs.next() ? rs.getString(1) : "no answer";
        } catch (SQLException e) {
            throw new CatalogException("cannot check the catalog: " + e.getMessage(), e);
        }
    }

    private void forEach(String sql, String parameter, Consumer<SourceRecord> consumer) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            if (parameter != null) {
                ps.setString(1, parameter);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(RecordJson.fromJson(rs.getString(1)));
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw new CatalogException("cannot read records from the catalog: " + e.getMessage(), e);
        }
    }

    private long queryLong(String sql) {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            long value = rs.getLong(1);
            connection.commit();
            return value;
        } catch (SQLException e) {
            throw new CatalogException("cannot read the catalog: " + e.getMessage(), e);
        }
    }

    // ---- Embedding vectors (dense retrieval) -------------------------------------------------------
    // A cache beside the records, keyed by the SHA-256 of the embedded text and the model id, so a
    // passage shared by several records or re-ingested unchanged is embedded once per model. Vectors
    // are little-endian float32 BLOBs. Entries outlive the records they came from (harmless: a cache).

    private static final int HASHES_PER_QUERY = 500;

    private static void createEmbeddingsTable(Statement s) throws SQLException {
        s.execute("""
                CREATE TABLE IF NOT EXISTS embeddings(
                  content_sha256 TEXT NOT NULL, model TEXT NOT NULL, vector BLOB NOT NULL,
                  PRIMARY KEY(content_sha256, model)) WITHOUT ROWID""");
    }

    /** The stored vectors of {@code model} among these content hashes, by hash; hashes without one are absent. */
    public synchronized Map<String, float[]> embeddings(String model, Collection<String> contentHashes) {
        Map<String, float[]> found = new LinkedHashMap<>();
        readEmbeddings(model, contentHashes, "vector", rs -> found.put(rs.getString(1), floats(rs.getBytes(2))));
        return found;
    }

    /** Which of these content hashes have a stored vector of {@code model}, without reading the vectors. */
    public synchronized Set<String> embeddedHashes(String model, Collection<String> contentHashes) {
        Set<String> found = new HashSet<>();
        readEmbeddings(model, contentHashes, null, rs -> found.add(rs.getString(1)));
        return found;
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    /** Rows of {@code model}'s embeddings among the hashes: the hash, then {@code column} unless null. */
    private void readEmbeddings(String model, Collection<String> contentHashes, String column, Row row) {
        List<String> hashes = List.copyOf(contentHashes);
        String select = "SELECT content_sha256" + (column == null ? "" : ", " + column) + " FROM embeddings WHERE model = ? AND content_sha256 IN (";
        try {
            for (int from = 0; from < hashes.size(); from += HASHES_PER_QUERY) {
                List<String> part = hashes.subList(from, Math.min(from + HASHES_PER_QUERY, hashes.size()));
                try (PreparedStatement ps = connection.prepareStatement(select + String.join(",", Collections.nCopies(part.size(), "?")) + ")")) {
                    ps.setString(1, model);
                    for (int i = 0; i < part.size(); i++) {
                        ps.setString(i + 2, part.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            row.read(rs);
                        }
                    }
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw new CatalogException("cannot read embeddings of " + model + " from the catalog: " + e.getMessage(), e);
        }
    }

    /** Stores (or replaces) vectors of {@code model} by content hash, all in one transaction. */
    public synchronized void putEmbeddings(String model, Map<String, float[]> vectors) {
        try {
            writeTurn.begin(connection, "store embeddings of " + model);
        } catch (SQLException e) {
            throw new CatalogException("cannot store embeddings of " + model + ": " + e.getMessage(), e);
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT OR REPLACE INTO embeddings(content_sha256, model, vector) VALUES (?, ?, ?)")) {
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
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            rollbackAfter(e);
            throw e instanceof SQLException sql
                    ? new CatalogException("cannot store embeddings of " + model + ": " + sql.getMessage(), sql)
                    : (RuntimeException) e;
        }
    }

    private void rollbackAfter(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
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
    // ---- end of embedding vectors -------------------------------------------------------------------

    // ---- Derived resolution data and work decisions (see DerivedTables) ------------------------------

    /** True when the stored resolution reflects this catalog generation, the newest decision and {@code resolverVersion}. */
    public synchronized boolean resolutionIsCurrent(String resolverVersion) {
        return read("cannot read the resolution stamp", () ->
                DerivedTables.storedStamp(connection).filter(DerivedTables.currentStamp(connection, resolverVersion, generationNow())::equals).isPresent());
    }

    /**
     * What the stored resolution reflects (resolver version, catalog generation, newest decision), empty
     * before the first one: it changes exactly when the works, recoveries and author keys are replaced, so
     * data derived from them can be kept until it changes.
     */
    public synchronized Optional<String> resolutionStamp() {
        return read("cannot read the resolution stamp", () -> DerivedTables.storedStamp(connection));
    }

    /**
     * Replaces the derived works and recoveries in one transaction that also logs a change for every
     * file whose records' derived values changed (so the index re-reads them) and stamps what the data
     * reflects. A process killed before this commit leaves the old stamp, and the next open recomputes.
     */
    public synchronized void storeResolution(String resolverVersion, List<StoredWork> works, Map<String, Recovery> recoveries,
                                             Map<String, List<String>> authorKeys, Map<String, YearCorrection> years) {
        storeResolutionAt(-1, resolverVersion, works, recoveries, authorKeys, years, Map.of());
    }

    /**
     * As above, also recording where work ids that are no longer works went ({@code workRedirects}, old
     * id → surviving id; see {@link #redirect}); ids that are works again stop redirecting.
     */
    public synchronized void storeResolution(String resolverVersion, List<StoredWork> works, Map<String, Recovery> recoveries,
                                             Map<String, List<String>> authorKeys, Map<String, YearCorrection> years,
                                             Map<String, String> workRedirects) {
        storeResolutionAt(-1, resolverVersion, works, recoveries, authorKeys, years, workRedirects);
    }

    /**
     * As {@link #storeResolution}, only while the catalog is still at {@code generation} (the one the
     * resolution read; -1: whatever it is): returns false, storing nothing, when another process changed it in between.
     */
    public synchronized boolean storeResolutionAt(long generation, String resolverVersion, List<StoredWork> works,
                                                  Map<String, Recovery> recoveries, Map<String, List<String>> authorKeys,
                                                  Map<String, YearCorrection> years, Map<String, String> workRedirects) {
        try {
            writeTurn.begin(connection, "store the resolution");
            if (generation >= 0 && generationNow() != generation) {
                connection.rollback();
                return false;
            }
            for (String file : DerivedTables.replace(connection, works, recoveries, authorKeys, years)) {
                logChange(file);
            }
            IdRedirects.put(connection, workRedirects, "work");
            try (Statement s = connection.createStatement()) {
                s.execute("DELETE FROM id_redirects WHERE old_id IN (SELECT id FROM works)");
            }
            DerivedTables.stamp(connection, DerivedTables.currentStamp(connection, resolverVersion, generationNow()));
            connection.commit();
            return true;
        } catch (SQLException | RuntimeException e) {
            rollbackAfter(e);
            throw e instanceof SQLException sql ? new CatalogException("cannot store the resolution: " + sql.getMessage(), sql)
                    : (RuntimeException) e;
        }
    }

    /** Every source record with its derived data, by file name and then page order. */
    public synchronized void forEachResolved(Consumer<ResolvedRecord> consumer) {
        read("cannot read records", () -> {
            DerivedTables.forEachResolved(connection, "", null, consumer);
            return null;
        });
    }

    /** The source records of one file with their derived data; empty for a reference file. */
    public synchronized List<ResolvedRecord> resolvedOf(String fileName) {
        List<ResolvedRecord> out = new ArrayList<>();
        read("cannot read records of " + fileName, () -> {
            DerivedTables.forEachResolved(connection, " AND r.file = ?", fileName, out::add);
            return null;
        });
        return out;
    }

    /** One source record with its derived data. */
    public synchronized Optional<ResolvedRecord> resolved(String recordId) {
        List<ResolvedRecord> out = new ArrayList<>(1);
        read("cannot read record " + recordId, () -> {
            DerivedTables.forEachResolved(connection, " AND r.id = ?", recordId, out::add);
            return null;
        });
        return out.stream().findFirst();
    }

    /** Each stored work's record ids, by work id (what the next resolution keeps work ids by). */
    public synchronized Map<String, List<String>> workMembers() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        read("cannot read works", () -> {
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT id, record_ids FROM works ORDER BY ordinal")) {
                com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
                while (rs.next()) {
                    try {
                        out.put(rs.getString(1), json.readValue(rs.getString(2), new com.fasterxml.jackson.core.type.TypeReference<List<String>>() { }));
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        throw new CatalogException("corrupt record ids of work " + rs.getString(1) + ": " + e.getMessage(), e);
                    }
                }
            }
            return null;
        });
        return out;
    }

    /** The source records among these ids with their derived data, by id; unknown ids and reference records are absent. */
    public synchronized Map<String, ResolvedRecord> resolvedAmong(Collection<String> recordIds) {
        Map<String, ResolvedRecord> out = new LinkedHashMap<>();
        inBatches(recordIds, DerivedTables.RESOLVED_SELECT + " AND r.id IN (%s)", rs -> {
            ResolvedRecord r = DerivedTables.resolved(rs);
            out.put(r.record().id(), r);
        });
        return out;
    }

    /**
     * Where an id that is no longer a work or record went (a merged-away work, a record re-keyed by a
     * migration), following redirects to the end; empty when it is not redirected.
     */
    public synchronized Optional<String> redirect(String id) {
        return read("cannot read redirects", () -> IdRedirects.follow(connection, id));
    }

    /** Where each of these ids that is redirected leads (see {@link #redirect}). */
    public synchronized Map<String, String> redirects(Collection<String> ids) {
        return read("cannot read redirects", () -> {
            Map<String, String> out = new LinkedHashMap<>();
            for (String id : ids) {
                IdRedirects.follow(connection, id).ifPresent(to -> out.put(id, to));
            }
            return out;
        });
    }

    /** The stored works in resolver order. */
    public synchronized List<StoredWork> works() {
        return read("cannot read works", () -> DerivedTables.works(connection, "", List.of()));
    }

    public synchronized Optional<StoredWork> work(String workId) {
        return read("cannot read work " + workId, () -> DerivedTables.works(connection, "WHERE id = ?", List.of(workId))).stream().findFirst();
    }

    /** The stored work a record belongs to. */
    public synchronized Optional<StoredWork> workOfRecord(String recordId) {
        return read("cannot read the work of " + recordId, () -> DerivedTables.works(connection,
                "WHERE id = (SELECT work_id FROM record_works WHERE record_id = ?)", List.of(recordId))).stream().findFirst();
    }

    /** The work id of each of these records that has one. */
    public synchronized Map<String, String> workIdsOf(Collection<String> recordIds) {
        Map<String, String> out = new LinkedHashMap<>();
        inBatches(recordIds, "SELECT record_id, work_id FROM record_works WHERE record_id IN (%s)",
                rs -> out.put(rs.getString(1), rs.getString(2)));
        return out;
    }

    /** The stored works among these ids, by id. */
    public synchronized Map<String, StoredWork> worksById(Collection<String> workIds) {
        Map<String, StoredWork> out = new LinkedHashMap<>();
        List<String> ids = List.copyOf(workIds);
        for (int from = 0; from < ids.size(); from += HASHES_PER_QUERY) {
            List<String> part = ids.subList(from, Math.min(from + HASHES_PER_QUERY, ids.size()));
            String marks = String.join(",", Collections.nCopies(part.size(), "?"));
            read("cannot read works", () -> DerivedTables.works(connection, "WHERE id IN (" + marks + ")", part))
                    .forEach(w -> out.put(w.id(), w));
        }
        return out;
    }

    /** Where each of these records was read: file name and line, by record id. */
    public synchronized Map<String, RecordLocation> locations(Collection<String> recordIds) {
        Map<String, RecordLocation> out = new LinkedHashMap<>();
        inBatches(recordIds, "SELECT id, file, json_extract(json, '$.source.line') FROM records WHERE id IN (%s)",
                rs -> out.put(rs.getString(1), new RecordLocation(rs.getString(2), rs.getInt(3))));
        return out;
    }

    /** A record's file name and 1-based line. */
    public record RecordLocation(String file, int line) {
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void inBatches(Collection<String> keys, String sqlWithMarks, RowReader reader) {
        List<String> all = List.copyOf(keys);
        read("cannot read the catalog", () -> {
            for (int from = 0; from < all.size(); from += HASHES_PER_QUERY) {
                List<String> part = all.subList(from, Math.min(from + HASHES_PER_QUERY, all.size()));
                try (PreparedStatement ps = connection.prepareStatement(
                        sqlWithMarks.formatted(String.join(",", Collections.nCopies(part.size(), "?"))))) {
                    for (int i = 0; i < part.size(); i++) {
                        ps.setString(i + 1, part.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            reader.read(rs);
                        }
                    }
                }
            }
            return null;
        });
    }

    /** Records a user's decision; the resolution becomes stale until recomputed. */
    public synchronized long addDecision(WorkDecision.Kind kind, List<String> left, List<String> right) {
        new WorkDecision(0, kind, left, right, Instant.now()); // validates
        try {
            writeTurn.begin(connection, "store the decision");
            long id = DerivedTables.addDecision(connection, kind, left, right, Instant.now());
            connection.commit();
            return id;
        } catch (SQLException e) {
            rollbackAfter(e);
            throw new CatalogException("cannot store the decision: " + e.getMessage(), e);
        }
    }

    /** Every decision, oldest first. */
    public synchronized List<WorkDecision> decisions() {
        return read("cannot read work decisions", () -> DerivedTables.decisions(connection));
    }

    private long generationNow() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(generation), 0) FROM changes")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    private <T> T read(String what, SqlWork<T> work) {
        try {
            T value = work.run();
            connection.commit();
            return value;
        } catch (SQLException e) {
            rollbackAfter(e);
            throw new CatalogException(what + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new CatalogException("cannot close the catalog: " + e.getMessage(), e);
        }
    }
}
