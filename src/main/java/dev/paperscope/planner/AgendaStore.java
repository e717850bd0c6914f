package dev.paperscope.planner;

import dev.paperscope.catalog.UserData;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The starred record ids in the catalog's database (table {@code agenda_stars}), with a title kept for missing ones. */
final class AgendaStore {
    private final UserData db;

    AgendaStore(UserData db) {
        this.db = db;
        db.transaction("create the agenda table", c -> {
            try (Statement s = c.createStatement()) {
                s.execute("""
                        CREATE TABLE IF NOT EXISTS agenda_stars(
                          record_id TEXT PRIMARY KEY, starred_at TEXT NOT NULL, title TEXT)""");
            }
            return null;
        });
    }

    record Star(String recordId, Instant starredAt, String title) {
    }

    /** Stars a record; starring it again keeps the first time. Returns whether it was new. */
    boolean star(String recordId, Instant at, String title) {
        return db.transaction("star " + recordId, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT OR IGNORE INTO agenda_stars(record_id, starred_at, title) VALUES (?, ?, ?)")) {
                ps.setString(1, recordId);
                ps.setString(2, at.toString());
                ps.setString(3, title);
                return ps.executeUpdate() == 1;
            }
        });
    }

    boolean unstar(String recordId) {
        return db.transaction("unstar " + recordId, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM agenda_stars WHERE record_id = ?")) {
                ps.setString(1, recordId);
                return ps.executeUpdate() == 1;
            }
        });
    }

    List<Star> stars() {
        return db.transaction("read the agenda", AgendaStore::read);
    }

    private static List<Star> read(Connection c) throws SQLException {
        List<Star> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT record_id, starred_at, title FROM agenda_stars ORDER BY record_id")) {
            while (rs.next()) {
                out.add(new Star(rs.getString(1), Instant.parse(rs.getString(2)), rs.getString(3)));
            }
        }
        return out;
    }
}
