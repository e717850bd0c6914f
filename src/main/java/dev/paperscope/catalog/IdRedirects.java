package dev.paperscope.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where an id that is no longer in the catalog went (table {@code id_redirects}): a work merged into
 * another, a work's records now under another work's id, a record whose id was re-derived by a schema
 * migration. Links, reading lists and stars that hold an old id follow it to the survivor; chains are
 * followed to their end. An id that is live again (a split restored it) is no longer redirected.
 */
final class IdRedirects {
    private static final int MAX_HOPS = 64;

    private IdRedirects() {
    }

    static void create(Statement s) throws SQLException {
        s.execute("""
                CREATE TABLE IF NOT EXISTS id_redirects(
                  old_id TEXT PRIMARY KEY, new_id TEXT NOT NULL, kind TEXT NOT NULL, at TEXT NOT NULL)""");
    }

    /** Adds (or replaces) redirects of one kind ({@code work} or {@code record}). */
    static void put(Connection c, Map<String, String> redirects, String kind) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO id_redirects(old_id, new_id, kind, at) VALUES (?, ?, ?, ?)")) {
            String now = Instant.now().toString();
            for (Map.Entry<String, String> e : redirects.entrySet()) {
                if (e.getKey().equals(e.getValue())) {
                    continue;
                }
                ps.setString(1, e.getKey());
                ps.setString(2, e.getValue());
                ps.setString(3, kind);
                ps.setString(4, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Drops the redirects of ids that are live again. */
    static void forgetLive(Connection c, Collection<String> liveIds) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM id_redirects WHERE old_id = ?")) {
            for (String id : liveIds) {
                ps.setString(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Where {@code id} leads, following the chain to its end; empty when it is not redirected. */
    static Optional<String> follow(Connection c, String id) throws SQLException {
        String at = id;
        Set<String> seen = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT new_id FROM id_redirects WHERE old_id = ?")) {
            for (int hop = 0; hop < MAX_HOPS && seen.add(at); hop++) {
                ps.setString(1, at);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        break;
                    }
                    at = rs.getString(1);
                }
            }
        }
        return at.equals(id) ? Optional.empty() : Optional.of(at);
    }
}
