package dev.paperscope.catalog;

import dev.paperscope.ingest.Formats.ParsedFile;
import dev.paperscope.ingest.RecordJson;
import dev.paperscope.ingest.SourceRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The SQLite catalog: files and their records. Each file is stored under a unique name (as
 * {@code source.file} records it) and, when read from disk, its canonical path ({@link FileStore}):
 * storing a name whose SHA-256 is already known changes nothing; a new SHA-256 replaces that file's own
 * records in one transaction. Each file has a {@link FileRole}: reference files are stored but are not
 * records users search (every record reader here returns source records unless it says otherwise).
 * Beside the records, in the same file, live the embedding cache ({@link #embeddings()}) and what
 * resolution derives from the records, with the users' work decisions ({@link #derived()}).
 *
 * <p>Thread-safety: the parts share one connection and one lock ({@link Database}); each public method
 * is one whole transaction, so nothing stays open between calls.
 */
public final class Catalog implements AutoCloseable {
    private final Database db;
    private final AtomicLong recordsRead = new AtomicLong();
    private final EmbeddingStore embeddings;
    private final DerivedData derived;

    private Catalog(Database db) {
        this.db = db;
        this.embeddings = new EmbeddingStore(db);
        this.derived = new DerivedData(db);
    }

    public static Catalog open(Path databaseFile) {
        return open(databaseFile, WriteTurn.DEFAULT);
    }

    /** Opens the catalog with writes waiting for other processes' writes as {@code writeTurn} says. */
    public static Catalog open(Path databaseFile, WriteTurn writeTurn) {
        try {
            Database db = Database.open(databaseFile, writeTurn);
            try {
                db.inTransaction("open the catalog", c -> {
                    CatalogSchema.migrate(c);
                    return null;
                });
            } catch (SQLException | RuntimeException e) {
                try {
                    db.close("the catalog");
                } catch (CatalogException closing) {
                    e.addSuppressed(closing);
                }
                throw e;
            }
            return new Catalog(db);
        } catch (IOException | SQLException e) {
            throw new CatalogException("cannot open catalog " + databaseFile + ": " + e.getMessage(), e);
        }
    }

    /** The embedding cache (vectors by content hash and model). */
    public EmbeddingStore embeddings() {
        return embeddings;
    }

    /** Works, recovered fields, redirects and work decisions: what resolution derives and reads. */
    public DerivedData derived() {
        return derived;
    }

    /** Stores one parsed file as a source (a known file keeps its role); see {@link #store(ParsedFile, String, String, Path, Optional)}. */
    public IngestOutcome store(ParsedFile parsed, String fileName, String sha256, Path path) {
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
    public IngestOutcome store(ParsedFile parsed, String fileName, String sha256, Path path, Optional<FileRole> role) {
        return storeAt(parsed, fileName, sha256, path == null ? null : path.toAbsolutePath().toString(), role);
    }

    /**
     * As {@link #store(ParsedFile, String, String, Path, Optional)} for a file identified by {@code location}:
     * an absolute path, or the normalised URL a page was fetched from (null: read from memory).
     */
    public IngestOutcome storeAt(ParsedFile parsed, String fileName, String sha256, String location, Optional<FileRole> role) {
        synchronized (db) {
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
            IngestOutcome.Changes changes;
            try {
                changes = db.inTransaction("store " + fileName, c -> FileStore.replace(c, parsed, fileName, sha256, location, chosen));
            } catch (SQLException e) {
                throw new CatalogException("cannot store " + fileName + " in the catalog: " + e.getMessage(), e);
            }
            IngestOutcome.Status status = known.isPresent() ? IngestOutcome.Status.REPLACED : IngestOutcome.Status.ADDED;
            return new IngestOutcome(fileName, parsed.format(), status, parsed.records().size(), changes, "");
        }
    }

    /** The stored file of this name, if any. */
    public Optional<StoredFile> file(String fileName) {
        return db.read("cannot read file " + fileName, c -> FileStore.where(c, "WHERE name = ?", fileName)).stream().findFirst();
    }

    /** The stored file read from this path (canonical, absolute), if any. */
    public Optional<StoredFile> fileAt(Path canonicalPath) {
        String path = canonicalPath.toString();
        return db.read("cannot read files", c -> FileStore.where(c, "WHERE path = ?", path)).stream().findFirst();
    }

    /** The stored file read from this location (an absolute path, or the normalised URL of a page), if any. */
    public Optional<StoredFile> fileAtLocation(String location) {
        return db.read("cannot read files", c -> FileStore.where(c, "WHERE path = ?", location)).stream().findFirst();
    }

    /** The stored files with these bytes, by name. */
    public List<StoredFile> filesWithSha(String sha256) {
        return db.read("cannot read files", c -> FileStore.where(c, "WHERE sha256 = ?", sha256));
    }

    /** Every stored file, by name. */
    public List<StoredFile> files() {
        return db.read("cannot list the catalog's files", c -> FileStore.where(c, "", null));
    }

    /**
     * Records that a stored file now lives at {@code canonicalPath} (the same bytes, moved): its name,
     * records and ids stay, so nothing is re-indexed.
     */
    public void move(String fileName, Path canonicalPath) {
        db.write("move " + fileName, c -> {
            FileStore.move(c, fileName, canonicalPath.toString());
            return null;
        });
    }

    /**
     * Removes a file and its records in one transaction, logging a change so the index drops them too.
     * Returns the ids of the records removed.
     */
    public List<String> remove(String fileName) {
        return db.write("remove " + fileName, c -> {
            List<String> ids = FileStore.remove(c, fileName);
            Database.logChange(c, fileName);
            return ids;
        });
    }

    /** Changes a stored file's role; its records stay, and the change log tells the index to re-read them. */
    public void switchRole(String fileName, FileRole role) {
        db.write("change the role of " + fileName, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE files SET role = ? WHERE name = ?")) {
                ps.setString(1, role.externalName());
                ps.setString(2, fileName);
                if (ps.executeUpdate() != 1) {
                    throw new IllegalArgumentException("the catalog holds no file named " + fileName);
                }
            }
            Database.logChange(c, fileName);
            return null;
        });
    }

    /** The generation of the newest change, 0 for an empty catalog. */
    public long generation() {
        return db.read("cannot read the catalog", Database::generation);
    }

    /** Source records (reference files' records are not counted). */
    public long recordCount() {
        return count("source");
    }

    public long referenceRecordCount() {
        return count("reference");
    }

    private long count(String role) {
        return db.read("cannot read the catalog", c ->
                Database.queryLong(c, "SELECT COUNT(*) FROM records r JOIN files f ON f.name = r.file WHERE f.role = '" + role + "'"));
    }

    /** Files changed after {@code generation}, each once, with the newest generation that touched it. */
    public List<FileChange> changesSince(long generation) {
        return db.read("cannot read the catalog's change log", c -> {
            List<FileChange> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT MAX(generation), file FROM changes WHERE generation > ? GROUP BY file ORDER BY 1")) {
                ps.setLong(1, generation);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new FileChange(rs.getLong(1), rs.getString(2)));
                    }
                }
            }
            return out;
        });
    }

    /** Records of one file in page order, whatever its role. */
    public List<SourceRecord> recordsOf(String fileName) {
        List<SourceRecord> out = new ArrayList<>();
        forEach("SELECT json FROM records WHERE file = ? ORDER BY ordinal", fileName, out::add);
        return out;
    }

    /** Every source record, by file name and then page order: a stable order for export and reindex. */
    public void forEachRecord(Consumer<SourceRecord> consumer) {
        forEach("SELECT r.json FROM records r JOIN files f ON f.name = r.file WHERE f.role = 'source' ORDER BY r.file, r.ordinal",
                null, consumer);
    }

    /** Every record of a reference file, by file name and then list order. */
    public void forEachReferenceRecord(Consumer<SourceRecord> consumer) {
        forEach("SELECT r.json FROM records r JOIN files f ON f.name = r.file WHERE f.role = 'reference' ORDER BY r.file, r.ordinal",
                null, consumer);
    }

    public Optional<SourceRecord> record(String id) {
        List<SourceRecord> found = new ArrayList<>(1);
        forEach("SELECT json FROM records WHERE id = ?", id, found::add);
        return found.stream().findFirst();
    }

    /**
     * The source records among these ids, in catalog order (by file name, then page order); unknown ids and
     * reference records are absent.
     */
    public List<SourceRecord> sourceRecords(Collection<String> ids) {
        List<Object[]> rows = new ArrayList<>();
        db.read("cannot read records from the catalog", c -> {
            Database.inBatches(c, ids, List.of(), "SELECT r.file, r.ordinal, r.json FROM records r JOIN files f ON f.name = r.file"
                    + " WHERE f.role = 'source' AND r.id IN (%s)", rs -> rows.add(new Object[] {rs.getString(1), rs.getInt(2), rs.getString(3)}));
            return null;
        });
        rows.sort(Comparator.comparing((Object[] r) -> (String) r[0]).thenComparingInt(r -> (Integer) r[1]));
        recordsRead.addAndGet(rows.size());
        return rows.stream().map(r -> RecordJson.fromJson((String) r[2])).toList();
    }

    /** How many records this catalog parsed from its rows since it opened (a resolution reads only what it needs). */
    public long recordsRead() {
        return recordsRead.get();
    }

    private void forEach(String sql, String parameter, Consumer<SourceRecord> consumer) {
        db.read("cannot read records from the catalog", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (parameter != null) {
                    ps.setString(1, parameter);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        recordsRead.incrementAndGet();
                        consumer.accept(RecordJson.fromJson(rs.getString(1)));
                    }
                }
            }
            return null;
        });
    }

    /** Where each of these records was read: file name and line, by record id. */
    public Map<String, RecordLocation> locations(Collection<String> recordIds) {
        Map<String, RecordLocation> out = new LinkedHashMap<>();
        db.read("cannot read the catalog", c -> {
            Database.inBatches(c, recordIds, List.of(), "SELECT id, file, json_extract(json, '$.source.line') FROM records WHERE id IN (%s)",
                    rs -> out.put(rs.getString(1), new RecordLocation(rs.getString(2), rs.getInt(3))));
            return null;
        });
        return out;
    }

    /** A record's file name and 1-based line. */
    public record RecordLocation(String file, int line) {
    }

    /** Runs SQLite's own consistency check; returns its verdict ("ok" when sound). */
    public String integrityCheck() {
        return db.read("cannot check the catalog", c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                return rs.next() ? rs.getString(1) : "no answer";
            }
        });
    }

    @Override
    public void close() {
        db.close("the catalog");
    }
}
