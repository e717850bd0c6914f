package dev.paperscope.catalog;

import dev.paperscope.ingest.RecordJson;
import dev.paperscope.ingest.SourceRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The author names of every source record, parsed (derived table {@code author_names}): one row per
 * spelling and per key it may be listed under (its own key, and a middle-name variant such as "zico kolter"
 * for "J. Zico Kolter"), with the key's first and last name. Indexed so that the spellings an author may be
 * joined with are index lookups, not a pass over the catalog: by key (who carries it), by variant (whose
 * spellings list it), by first name and last-name length (typos), by last name and first name (short first
 * names). Resolution writes it: all of it with a whole resolution, the rows of the records that changed
 * before an incremental one. Each write is one transaction of the rows of records as they are at that moment.
 * Handed out by {@link DerivedData#authorNames()}.
 */
public final class AuthorNames {
    private final Database db;
    private final AtomicLong recordsRead = new AtomicLong();

    AuthorNames(Database db) {
        this.db = db;
    }

    /** One spelling of an author on a record under one of its keys: {@code variant} is the key itself or a middle-name variant. */
    public record Row(String recordId, String written, String key, String variant, String first, String last) {
        public Row {
            Objects.requireNonNull(recordId, "recordId");
            Objects.requireNonNull(written, "written");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(variant, "variant");
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
            if (last.isEmpty()) {
                throw new IllegalArgumentException("an author name needs a last name: '" + written + "'");
            }
        }
    }

    static void create(Statement s) throws SQLException {
        s.execute("""
                CREATE TABLE IF NOT EXISTS author_names(
                  record_id TEXT NOT NULL, written TEXT NOT NULL, variant TEXT NOT NULL, key TEXT NOT NULL, first TEXT NOT NULL,
                  last TEXT NOT NULL, last_length INTEGER NOT NULL, PRIMARY KEY (record_id, written, variant)) WITHOUT ROWID""");
        s.execute("CREATE INDEX IF NOT EXISTS author_names_by_key ON author_names(key, record_id) WHERE variant = key");
        s.execute("CREATE INDEX IF NOT EXISTS author_names_by_variant ON author_names(variant, key) WHERE variant <> key");
        s.execute("CREATE INDEX IF NOT EXISTS author_names_by_first ON author_names(first, last_length, key) WHERE variant = key");
        s.execute("CREATE INDEX IF NOT EXISTS author_names_by_last ON author_names(last, first, key) WHERE variant = key");
    }

    /**
     * Replaces every row with {@code rows}, only while the catalog is still at {@code generation} (the one
     * the rows were read at): false, storing nothing, when another process changed it in between.
     */
    public boolean replaceAllAt(long generation, Collection<Row> rows) {
        return db.write("store the author names", c -> {
            if (generation >= 0 && Database.generation(c) != generation) {
                c.rollback();
                return false;
            }
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM author_names");
            }
            insert(c, rows);
            return true;
        });
    }

    /**
     * Rewrites the rows of these records from the records as they are inside this transaction ({@code rowsOf}
     * parses one); a record no longer in the catalog, or of a reference file, keeps no rows.
     */
    public void refresh(Collection<String> recordIds, Function<SourceRecord, List<Row>> rowsOf) {
        db.write("store the author names", c -> {
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM author_names WHERE record_id = ?")) {
                for (String id : recordIds) {
                    ps.setString(1, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            Database.inBatches(c, recordIds, List.of(),
                    "SELECT r.json FROM records r JOIN files f ON f.name = r.file WHERE f.role = 'source' AND r.id IN (%s)",
                    rs -> rows.addAll(rowsOf.apply(RecordJson.fromJson(rs.getString(1)))));
            insert(c, rows);
            return null;
        });
    }

    private static void insert(Connection c, Collection<Row> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT OR IGNORE INTO author_names(record_id, written, variant, key, first, last, last_length) VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            for (Row r : rows) {
                Database.bind(ps, r.recordId(), r.written(), r.variant(), r.key(), r.first(), r.last(), r.last().length());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The source records in the catalog that carry each of these keys (a key none carries is absent). */
    public Map<String, Set<String>> recordsByKey(Collection<String> keys) {
        Map<String, Set<String>> out = new TreeMap<>();
        db.read("cannot read the author names", c -> {
            Database.inBatches(c, keys, List.of(), """
                    SELECT DISTINCT a.key, a.record_id FROM author_names a JOIN records r ON r.id = a.record_id JOIN files f ON f.name = r.file
                    WHERE variant = key AND f.role = 'source' AND a.key IN (%s)""",
                    rs -> out.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2)));
            return null;
        });
        return out;
    }

    /** The written author names (those that parse as names) of each of these records, by record id; counted in {@link #recordsRead}. */
    public Map<String, List<String>> spellingsOf(Collection<String> recordIds) {
        Map<String, List<String>> out = new TreeMap<>();
        db.read("cannot read the author names", c -> {
            Database.inBatches(c, recordIds, List.of(), "SELECT record_id, written FROM author_names WHERE variant = key AND record_id IN (%s)",
                    rs -> out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)));
            return null;
        });
        recordsRead.addAndGet(out.size());
        return out;
    }

    /** Keys with this first name whose last names are {@code minLength} to {@code maxLength} letters long. */
    public Set<String> keysWithFirst(String first, int minLength, int maxLength) {
        return keys("""
                SELECT DISTINCT key FROM author_names WHERE variant = key AND first = ? AND last_length >= ? AND last_length <= ?""",
                first, minLength, maxLength);
    }

    /** Keys with this last name whose first names start with {@code firstPrefix} (an index range; a mononym's key has no first name). */
    public Set<String> keysWithLast(String last, String firstPrefix) {
        String before = after(firstPrefix);
        if (before == null) {
            return keys("SELECT DISTINCT key FROM author_names WHERE variant = key AND last = ? AND first >= ?", last, firstPrefix).stream()
                    .filter(k -> k.startsWith(firstPrefix)).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
        return keys("SELECT DISTINCT key FROM author_names WHERE variant = key AND last = ? AND first >= ? AND first < ?", last, firstPrefix, before);
    }

    /** The least string after every string that starts with {@code prefix}, or null when its last character has no plain successor. */
    private static String after(String prefix) {
        if (prefix.isEmpty()) {
            return null;
        }
        char c = prefix.charAt(prefix.length() - 1);
        if (Character.isSurrogate(c) || c >= Character.MIN_SURROGATE - 1 && c <= Character.MAX_SURROGATE || c == Character.MAX_VALUE) {
            return null;
        }
        return prefix.substring(0, prefix.length() - 1) + (char) (c + 1);
    }

    /** Keys one of whose spellings may also be listed under {@code variant} (a middle name and the last name). */
    public Set<String> keysListing(String variant) {
        return keys("SELECT DISTINCT key FROM author_names WHERE variant <> key AND variant = ?", variant);
    }

    private Set<String> keys(String sql, Object... values) {
        Set<String> out = new TreeSet<>();
        db.read("cannot read the author names", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Database.bind(ps, values);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return null;
        });
        return out;
    }

    /** The stored resolution's author keys of these records (absent: none). */
    public Map<String, List<String>> storedKeys(Collection<String> recordIds) {
        Map<String, List<String>> out = new TreeMap<>();
        db.read("cannot read the author keys", c -> {
            Database.inBatches(c, recordIds, List.of(), "SELECT record_id, keys FROM record_author_keys WHERE record_id IN (%s)",
                    rs -> out.put(rs.getString(1), DerivedTables.ids(rs.getString(2))));
            return null;
        });
        return out;
    }

    /** The old ids of records re-keyed into these ones (their rows, if any, are of records no longer there). */
    public Set<String> rekeyedInto(Collection<String> recordIds) {
        Set<String> out = new TreeSet<>();
        db.read("cannot read the id redirects", c -> {
            Database.inBatches(c, recordIds, List.of(), "SELECT old_id FROM id_redirects WHERE kind = 'record' AND new_id IN (%s)",
                    rs -> out.add(rs.getString(1)));
            return null;
        });
        return out;
    }

    /** Records whose author names were read through {@link #spellingsOf} since this handle was made (what an incremental step costs). */
    public long recordsRead() {
        return recordsRead.get();
    }
}
