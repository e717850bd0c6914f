package dev.paperscope.lists;

import dev.paperscope.catalog.UserData;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Named reading lists in the catalog's database (tables {@code reading_lists}, {@code reading_list_items}).
 * Names are unique without regard to (ASCII) case. Items are added only when {@code known} accepts their
 * id (a work or record of the catalog); once added they stay, whatever later re-ingests do.
 */
public final class ReadingLists {
    private final UserData db;
    private final Predicate<String> known;
    private final Clock clock;

    public ReadingLists(UserData db, Predicate<String> known, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.known = Objects.requireNonNull(known, "known");
        this.clock = Objects.requireNonNull(clock, "clock");
        db.transaction("create the reading-list tables", c -> {
            try (Statement s = c.createStatement()) {
                s.execute("""
                        CREATE TABLE IF NOT EXISTS reading_lists(
                          id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE, created_at TEXT NOT NULL)""");
                s.execute("""
                        CREATE TABLE IF NOT EXISTS reading_list_items(
                          list_id INTEGER NOT NULL REFERENCES reading_lists(id) ON DELETE CASCADE,
                          item_id TEXT NOT NULL, position INTEGER NOT NULL, note TEXT, added_at TEXT NOT NULL,
                          PRIMARY KEY(list_id, item_id))""");
            }
            return null;
        });
    }

    /** Every list, by name. */
    public List<ReadingList> all() {
        return db.transaction("read the reading lists", c -> {
            List<ReadingList> out = new ArrayList<>();
            for (String name : names(c)) {
                out.add(read(c, name));
            }
            return out;
        });
    }

    public ReadingList get(String name) {
        String valid = ListNames.valid(name);
        return db.transaction("read list " + valid, c -> read(c, valid));
    }

    public ReadingList create(String name) {
        String valid = ListNames.valid(name);
        return db.transaction("create list " + valid, c -> {
            if (findId(c, valid) >= 0) {
                throw new ListException(ListException.Reason.CONFLICT, "a list named '" + storedName(c, valid) + "' already exists");
            }
            update(c, "INSERT INTO reading_lists(name, created_at) VALUES (?, ?)", valid, clock.instant().toString());
            return read(c, valid);
        });
    }

    public ReadingList rename(String name, String newName) {
        String from = ListNames.valid(name);
        String to = ListNames.valid(newName);
        return db.transaction("rename list " + from, c -> {
            long id = existingId(c, from);
            long taken = findId(c, to);
            if (taken >= 0 && taken != id) {
                throw new ListException(ListException.Reason.CONFLICT, "a list named '" + storedName(c, to) + "' already exists");
            }
            update(c, "UPDATE reading_lists SET name = ? WHERE id = ?", to, id);
            return read(c, to);
        });
    }

    public void delete(String name) {
        String valid = ListNames.valid(name);
        db.transaction("delete list " + valid, c -> update(c, "DELETE FROM reading_lists WHERE id = ?", existingId(c, valid)));
    }

    /** Appends a work or record with an optional note. */
    public ReadingList add(String name, String itemId, String note) {
        String valid = ListNames.valid(name);
        String item = validItem(itemId);
        String text = ListNames.note(note);
        return db.transaction("add " + item + " to list " + valid, c -> {
            long id = existingId(c, valid);
            if (position(c, id, item) > 0) {
                throw new ListException(ListException.Reason.CONFLICT, "'" + item + "' is already in list '" + storedName(c, valid) + "'");
            }
            int next = (int) queryLong(c, "SELECT COUNT(*) FROM reading_list_items WHERE list_id = ?", id) + 1;
            update(c, "INSERT INTO reading_list_items(list_id, item_id, position, note, added_at) VALUES (?, ?, ?, ?, ?)",
                    id, item, next, text, clock.instant().toString());
            return read(c, valid);
        });
    }

    /** Sets (or, when blank, clears) the note of an item. */
    public ReadingList note(String name, String itemId, String note) {
        String valid = ListNames.valid(name);
        String text = ListNames.note(note);
        return db.transaction("note " + itemId + " in list " + valid, c -> {
            long id = existingId(c, valid);
            existingPosition(c, id, itemId, valid);
            update(c, "UPDATE reading_list_items SET note = ? WHERE list_id = ? AND item_id = ?", text, id, itemId);
            return read(c, valid);
        });
    }

    public ReadingList remove(String name, String itemId) {
        String valid = ListNames.valid(name);
        return db.transaction("remove " + itemId + " from list " + valid, c -> {
            long id = existingId(c, valid);
            int position = existingPosition(c, id, itemId, valid);
            update(c, "DELETE FROM reading_list_items WHERE list_id = ? AND item_id = ?", id, itemId);
            update(c, "UPDATE reading_list_items SET position = position - 1 WHERE list_id = ? AND position > ?", id, position);
            return read(c, valid);
        });
    }

    /** Moves an item to 1-based {@code position}, shifting the items between. */
    public ReadingList move(String name, String itemId, int position) {
        String valid = ListNames.valid(name);
        return db.transaction("move " + itemId + " in list " + valid, c -> {
            long id = existingId(c, valid);
            int from = existingPosition(c, id, itemId, valid);
            int size = (int) queryLong(c, "SELECT COUNT(*) FROM reading_list_items WHERE list_id = ?", id);
            if (position < 1 || position > size) {
                throw new ListException(ListException.Reason.INVALID, "position " + position + " is outside list '"
                        + storedName(c, valid) + "' (1 to " + size + ")");
            }
            if (position < from) {
                update(c, "UPDATE reading_list_items SET position = position + 1 WHERE list_id = ? AND position >= ? AND position < ?",
                        id, position, from);
            } else if (position > from) {
                update(c, "UPDATE reading_list_items SET position = position - 1 WHERE list_id = ? AND position > ? AND position <= ?",
                        id, from, position);
            }
            update(c, "UPDATE reading_list_items SET position = ? WHERE list_id = ? AND item_id = ?", position, id, itemId);
            return read(c, valid);
        });
    }

    private String validItem(String itemId) {
        if (itemId == null || itemId.isBlank()) {
            throw new ListException(ListException.Reason.INVALID, "an item needs a work or record id");
        }
        String item = itemId.strip();
        if (!known.test(item)) {
            throw new ListException(ListException.Reason.NOT_FOUND, "no work or record has the id '" + item + "'");
        }
        return item;
    }

    private static List<String> names(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name FROM reading_lists ORDER BY name COLLATE NOCASE, name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static ReadingList read(Connection c, String name) throws SQLException {
        long id = existingId(c, name);
        String stored;
        Instant created;
        try (PreparedStatement ps = c.prepareStatement("SELECT name, created_at FROM reading_lists WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                stored = rs.getString(1);
                created = Instant.parse(rs.getString(2));
            }
        }
        List<ListItem> items = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT item_id, position, note, added_at FROM reading_list_items WHERE list_id = ? ORDER BY position")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(new ListItem(rs.getString(1), rs.getInt(2), rs.getString(3), Instant.parse(rs.getString(4))));
                }
            }
        }
        return new ReadingList(stored, created, items);
    }

    private static long findId(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM reading_lists WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }

    private static long existingId(Connection c, String name) throws SQLException {
        long id = findId(c, name);
        if (id < 0) {
            throw new ListException(ListException.Reason.NOT_FOUND, "there is no list named '" + name + "'");
        }
        return id;
    }

    private static String storedName(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM reading_lists WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : name;
            }
        }
    }

    private static int position(Connection c, long listId, String itemId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT position FROM reading_list_items WHERE list_id = ? AND item_id = ?")) {
            ps.setLong(1, listId);
            ps.setString(2, itemId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private static int existingPosition(Connection c, long listId, String itemId, String listName) throws SQLException {
        int position = position(c, listId, itemId);
        if (position == 0) {
            throw new ListException(ListException.Reason.NOT_FOUND, "'" + itemId + "' is not in list '" + storedName(c, listName) + "'");
        }
        return position;
    }

    private static int update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            return ps.executeUpdate();
        }
    }

    private static long queryLong(Connection c, String sql, Object parameter) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
