package dev.paperscope.catalog;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperscope.ingest.Formats.ParsedFile;
import dev.paperscope.ingest.RecordJson;
import dev.paperscope.ingest.SourceRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * File identity in the catalog's {@code files} table. A file read from disk is identified by its
 * canonical absolute path ({@code path}); {@code name} is what it is shown and stored by (unique, kept
 * when the file moves, so record ids, which derive from it, survive a move). Files ingested from memory
 * (the bundled demo pages) have no path and are identified by name.
 */
final class FileStore {
    private static final String COLUMNS = "name, sha256, format, path, record_count, ingested_at, role";

    private FileStore() {
    }

    static List<StoredFile> where(Connection c, String condition, String parameter) throws SQLException {
        List<StoredFile> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM files " + condition + " ORDER BY name")) {
            if (parameter != null) {
                ps.setString(1, parameter);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredFile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                            rs.getString(6), FileRole.fromExternalName(rs.getString(7))));
                }
            }
        }
        return out;
    }

    /** Each stored record of the file as JSON, by id. */
    static Map<String, String> recordJson(Connection c, String name) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, json FROM records WHERE file = ? ORDER BY ordinal")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    /**
     * What a new version changes against the old one, by record id: a record is changed when anything but
     * its provenance (the file's SHA-256, its line) differs.
     */
    static IngestOutcome.Changes diff(Map<String, String> before, List<SourceRecord> after) {
        int added = 0;
        int changed = 0;
        for (SourceRecord r : after) {
            String old = before.get(r.id());
            if (old == null) {
                added++;
            } else if (!withoutSource(RecordJson.toNode(RecordJson.fromJson(old))).equals(withoutSource(RecordJson.toNode(r)))) {
                changed++;
            }
        }
        long kept = after.stream().filter(r -> before.containsKey(r.id())).count();
        return new IngestOutcome.Changes(added, (int) (before.size() - kept), changed);
    }

    /**
     * Old records whose key changed (a page's title corrected) paired with the new record that is the same
     * entry: same kind, authors and abstract, and the only such pair either way. Old id → new id.
     */
    static Map<String, String> rekeyed(Map<String, String> before, List<SourceRecord> after) {
        Set<String> newIds = new HashSet<>();
        after.forEach(r -> newIds.add(r.id()));
        Map<String, List<String>> removedBySignature = new LinkedHashMap<>();
        before.forEach((id, json) -> {
            if (!newIds.contains(id)) {
                signature(RecordJson.fromJson(json)).ifPresent(sig -> removedBySignature.computeIfAbsent(sig, k -> new ArrayList<>()).add(id));
            }
        });
        Map<String, List<String>> addedBySignature = new LinkedHashMap<>();
        for (SourceRecord r : after) {
            if (!before.containsKey(r.id())) {
                signature(r).ifPresent(sig -> addedBySignature.computeIfAbsent(sig, k -> new ArrayList<>()).add(r.id()));
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        removedBySignature.forEach((sig, old) -> {
            List<String> fresh = addedBySignature.getOrDefault(sig, List.of());
            if (old.size() == 1 && fresh.size() == 1) {
                out.put(old.getFirst(), fresh.getFirst());
            }
        });
        return out;
    }

    /** What identifies an entry besides its key: kind, authors and abstract; none without an abstract. */
    private static Optional<String> signature(SourceRecord r) {
        if (r.abstractText() == null) {
            return Optional.empty();
        }
        return Optional.of(r.kind() + "\u0000" + String.join("|", r.authors()) + "\u0000" + r.abstractText());
    }

    private static ObjectNode withoutSource(ObjectNode n) {
        n.remove("source");
        return n;
    }

    /** Points a stored file at its new path; its records and name stay. */
    static void move(Connection c, String name, String path) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE files SET path = ? WHERE name = ?")) {
            ps.setString(1, path);
            ps.setString(2, name);
            if (ps.executeUpdate() != 1) {
                throw new IllegalArgumentException("the catalog holds no file named " + name);
            }
        }
    }

    /** Deletes a file and its records; returns the ids of the records removed. */
    static List<String> remove(Connection c, String name) throws SQLException {
        List<String> ids = new ArrayList<>(recordJson(c, name).keySet());
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM records WHERE file = ?")) {
            ps.setString(1, name);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM files WHERE name = ?")) {
            ps.setString(1, name);
            if (ps.executeUpdate() != 1) {
                throw new IllegalArgumentException("the catalog holds no file named " + name);
            }
        }
        return ids;
    }

    /**
     * Replaces the file's row and records with the parsed ones (inside the caller's transaction): re-keyed
     * records redirect, a change is logged; the outcome counts a re-keyed record as changed.
     */
    static IngestOutcome.Changes replace(Connection c, ParsedFile parsed, String fileName, String sha256, String location, FileRole role)
            throws SQLException {
        Map<String, String> before = FileStore.recordJson(c, fileName);
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM records WHERE file = ?")) {
            ps.setString(1, fileName);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("""
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
        insertRecords(c, fileName, parsed.records());
        Map<String, String> rekeyed = FileStore.rekeyed(before, parsed.records());
        IdRedirects.put(c, rekeyed, "record");
        IdRedirects.forgetLive(c, parsed.records().stream().map(SourceRecord::id).toList());
        Database.logChange(c, fileName);
        IngestOutcome.Changes changes = FileStore.diff(before, parsed.records());
        int k = rekeyed.size();
        return new IngestOutcome.Changes(changes.added() - k, changes.removed() - k, changes.changed() + k);
    }

    private static void insertRecords(Connection c, String fileName, List<SourceRecord> records) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO records(id, file, ordinal, json) VALUES (?, ?, ?, ?)")) {
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
}
