package dev.paperscope.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperscope.ingest.RecordIds;
import dev.paperscope.ingest.RecordJson;
import dev.paperscope.ingest.SourceRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Schema 2 → 3, inside the opening transaction: stored paths become canonical (files are identified by
 * them now), and every record gets the id derived from its entry's key ({@link RecordIds}) instead of its
 * content. Nothing is dropped: old record ids redirect to the new ones ({@link IdRedirects}), so reading
 * lists and stars that hold them still find their papers; users' merge and split decisions and the stored
 * works' members are rewritten, so work ids carry over (see {@code WorkIds}); each re-keyed file is logged
 * as changed, so the index and the resolution catch up.
 */
final class IdMigration {
    private static final ObjectMapper JSON = new ObjectMapper();

    private IdMigration() {
    }

    static Map<String, String> run(Connection c) throws SQLException {
        Map<String, String> renamed = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : files(c).entrySet()) {
            canonicalize(c, file.getKey(), file.getValue());
            rekey(c, file.getKey(), renamed);
        }
        IdRedirects.put(c, renamed, "record");
        rewriteIdLists(c, "SELECT id, left_ids, right_ids FROM work_decisions", "UPDATE work_decisions SET left_ids = ?, right_ids = ? WHERE id = ?", renamed);
        rewriteIdLists(c, "SELECT id, record_ids, NULL FROM works", "UPDATE works SET record_ids = ? WHERE id = ?", renamed);
        return renamed;
    }

    private static Map<String, String> files(Connection c) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, path FROM files ORDER BY name"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    private static void canonicalize(Connection c, String name, String path) throws SQLException {
        if (path == null) {
            return;
        }
        try {
            Path p = Path.of(path);
            if (!Files.exists(p)) {
                return;
            }
            String real = p.toRealPath().toString();
            if (!real.equals(path)) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE files SET path = ? WHERE name = ?")) {
                    ps.setString(1, real);
                    ps.setString(2, name);
                    ps.executeUpdate();
                }
            }
        } catch (IOException | InvalidPathException e) {
            // an unreadable stored path stays as it was: the file is then found by content when ingested again
        }
    }

    private static void rekey(Connection c, String name, Map<String, String> renamed) throws SQLException {
        List<SourceRecord> old = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT json FROM records WHERE file = ? ORDER BY ordinal")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    old.add(RecordJson.fromJson(rs.getString(1)));
                }
            }
        }
        List<SourceRecord> fresh = RecordIds.assign(old);
        boolean changed = false;
        for (int i = 0; i < old.size(); i++) {
            changed |= !old.get(i).id().equals(fresh.get(i).id());
        }
        if (!changed) {
            return;
        }
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM records WHERE file = ?")) {
            delete.setString(1, name);
            delete.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO records(id, file, ordinal, json) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < fresh.size(); i++) {
                ps.setString(1, fresh.get(i).id());
                ps.setString(2, name);
                ps.setInt(3, i);
                ps.setString(4, RecordJson.toJson(fresh.get(i)));
                ps.addBatch();
                renamed.put(old.get(i).id(), fresh.get(i).id());
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO changes(file, at) VALUES (?, ?)")) {
            ps.setString(1, name);
            ps.setString(2, Instant.now().toString());
            ps.executeUpdate();
        }
    }

    /** Rewrites JSON id lists in one or two columns of every row (the row's key comes first in {@code select}). */
    private static void rewriteIdLists(Connection c, String select, String update, Map<String, String> renamed) throws SQLException {
        if (renamed.isEmpty()) {
            return;
        }
        Map<Object, String[]> rows = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(select); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.put(rs.getObject(1), new String[] {rs.getString(2), rs.getString(3)});
            }
        }
        try (PreparedStatement ps = c.prepareStatement(update)) {
            for (Map.Entry<Object, String[]> row : rows.entrySet()) {
                int column = 1;
                for (String ids : row.getValue()) {
                    if (ids != null) {
                        ps.setString(column++, mapped(ids, renamed));
                    }
                }
                ps.setObject(column, row.getKey());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static String mapped(String json, Map<String, String> renamed) {
        try {
            List<String> ids = JSON.readValue(json, new TypeReference<List<String>>() { });
            return JSON.writeValueAsString(ids.stream().map(id -> renamed.getOrDefault(id, id)).toList());
        } catch (JsonProcessingException e) {
            throw new CatalogException("cannot migrate the id list " + json + ": " + e.getMessage(), e);
        }
    }
}
