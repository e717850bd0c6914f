package dev.paperscope.planner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperscope.catalog.UserData;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Stars in the catalog's database (table {@code agenda_work_stars}): one row per starred work, with the
 * record ids it was starred through (a JSON array; the fallback when the work id no longer resolves) and
 * a title kept for missing ones. Stars of the old per-record table {@code agenda_stars} move here once,
 * to their record's work; whether any wait is read once, when the store opens.
 *
 * <p>Every write is counted twice: by this store and by all stores of the process together. A planner
 * that finds the two counts moved by the same amount knows that only its own writes changed the stars
 * (the database's data version covers other connections and processes).
 */
final class AgendaStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong PROCESS_WRITES = new AtomicLong();
    private final UserData db;
    private final AtomicLong writes = new AtomicLong();
    private volatile boolean recordStars;

    AgendaStore(UserData db) {
        this.db = db;
        this.recordStars = db.transaction("create the agenda table", c -> {
            try (Statement s = c.createStatement()) {
                s.execute("""
                        CREATE TABLE IF NOT EXISTS agenda_work_stars(
                          work_id TEXT PRIMARY KEY, record_ids TEXT NOT NULL, starred_at TEXT NOT NULL, title TEXT)""");
            }
            return legacyTable(c) && count(c) > 0;
        });
    }

    /** Star writes (star, unstar, migration) made through any store of this process so far. */
    static long processWrites() {
        return PROCESS_WRITES.get();
    }

    /** Star writes made through this store so far. */
    long writes() {
        return writes.get();
    }

    private <T> T write(String what, UserData.Work<T> work) {
        try {
            return db.transaction(what, work);
        } finally {
            // counted even when it failed: a failed write only costs a rebuild of a cached agenda
            writes.incrementAndGet();
            PROCESS_WRITES.incrementAndGet();
        }
    }

    /** A starred work and the records it was starred through, in id order. */
    record Star(String workId, List<String> recordIds, Instant starredAt, String title) {
        Star {
            Objects.requireNonNull(workId, "workId");
            recordIds = List.copyOf(recordIds);
        }
    }

    /**
     * Stars a work; starring it again keeps the first time and adds the record ids. Returns the star as
     * stored after the change.
     */
    Star star(String workId, List<String> recordIds, Instant at, String title) {
        return write("star " + workId, c -> upsert(c, new Star(workId, recordIds, at, title)));
    }

    /** Removes the stars of {@code workId}, or that were made through record {@code id}; returns the removed ones. */
    List<Star> unstar(String id) {
        return write("unstar " + id, c -> {
            List<Star> removed = new ArrayList<>();
            for (Star s : read(c)) {
                if ((s.workId().equals(id) || s.recordIds().contains(id)) && delete(c, s.workId()) > 0) {
                    removed.add(s);
                }
            }
            return removed;
        });
    }

    List<Star> stars() {
        return db.transaction("read the agenda", AgendaStore::read);
    }

    /** Whether stars of the old per-record table wait to be moved to their works (read when the store opened). */
    boolean hasRecordStars() {
        return recordStars;
    }

    /** Moves the old per-record stars to the work {@code workOf} gives their record (the record id itself when it has none). */
    void migrateRecordStars(Function<String, Optional<String>> workOf) {
        write("move record stars to works", c -> {
            if (!legacyTable(c)) {
                return null;
            }
            List<Star> old = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT record_id, starred_at, title FROM agenda_stars ORDER BY record_id")) {
                while (rs.next()) {
                    String recordId = rs.getString(1);
                    old.add(new Star(workOf.apply(recordId).orElse(recordId), List.of(recordId), Instant.parse(rs.getString(2)),
                            rs.getString(3)));
                }
            }
            for (Star s : old) {
                upsert(c, s);
            }
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM agenda_stars");
            }
            return null;
        });
        recordStars = false;
    }

    private static Star upsert(Connection c, Star star) throws SQLException {
        Optional<Star> existing = find(c, star.workId());
        TreeSet<String> ids = new TreeSet<>(star.recordIds());
        existing.ifPresent(e -> ids.addAll(e.recordIds()));
        Instant at = existing.map(Star::starredAt).filter(e -> e.isBefore(star.starredAt())).orElse(star.starredAt());
        String title = existing.map(Star::title).filter(Objects::nonNull).orElse(star.title());
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR REPLACE INTO agenda_work_stars(work_id, record_ids, starred_at, title) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, star.workId());
            ps.setString(2, json(List.copyOf(ids)));
            ps.setString(3, at.toString());
            ps.setString(4, title);
            ps.executeUpdate();
        }
        return new Star(star.workId(), List.copyOf(ids), at, title);
    }

    private static int delete(Connection c, String workId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM agenda_work_stars WHERE work_id = ?")) {
            ps.setString(1, workId);
            return ps.executeUpdate();
        }
    }

    private static List<Star> read(Connection c) throws SQLException {
        List<Star> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT work_id, record_ids, starred_at, title FROM agenda_work_stars ORDER BY work_id")) {
            while (rs.next()) {
                out.add(new Star(rs.getString(1), ids(rs.getString(2)), Instant.parse(rs.getString(3)), rs.getString(4)));
            }
        }
        return out;
    }

    private static Optional<Star> find(Connection c, String workId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT record_ids, starred_at, title FROM agenda_work_stars WHERE work_id = ?")) {
            ps.setString(1, workId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Star(workId, ids(rs.getString(1)), Instant.parse(rs.getString(2)), rs.getString(3)))
                        : Optional.empty();
            }
        }
    }

    private static boolean legacyTable(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'agenda_stars'");
             ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    private static long count(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM agenda_stars")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static String json(List<String> ids) {
        try {
            return JSON.writeValueAsString(ids);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write record ids: " + e.getMessage(), e);
        }
    }

    private static List<String> ids(String json) throws SQLException {
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new SQLException("the agenda holds unreadable record ids '" + json + "': " + e.getMessage(), e);
        }
    }
}
