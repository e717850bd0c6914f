package dev.paperscope.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The keys each resolved record was looked up by ({@code resolve_keys(key, record_id)}, see
 * {@code resolve.RecordKeys}), written by every resolution for the records it resolved, in the same
 * transaction as its works; plus {@code f:FILE}, the catalog file a record was stored from, and
 * {@code title_words(word, n)}, how many titles hold each word (the {@code x:} keys counted, indexed on
 * {@code n}). An incremental resolution finds a change's neighbours, block sizes and word frequencies
 * here with keyed queries. Derived: a whole resolution rewrites it.
 */
public final class ResolveKeys {
    static final String FILE = "f:";
    private static final String REFERENCES = "resolve_references";
    private static final String WORD = "x:";
    private final Database db;

    ResolveKeys(Database db) {
        this.db = db;
    }

    static void create(Statement s) throws SQLException {
        s.execute("""
                CREATE TABLE IF NOT EXISTS resolve_keys(key TEXT NOT NULL, record_id TEXT NOT NULL, PRIMARY KEY (key, record_id))
                WITHOUT ROWID""");
        s.execute("CREATE INDEX IF NOT EXISTS resolve_keys_by_record ON resolve_keys(record_id)");
        s.execute("CREATE TABLE IF NOT EXISTS title_words(word TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID");
        s.execute("CREATE INDEX IF NOT EXISTS title_words_by_n ON title_words(n)");
    }

    /** A whole resolution's keys: every row replaced. */
    static void replaceAll(Connection c, Map<String, List<String>> keys) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM resolve_keys");
            s.execute("DELETE FROM title_words");
        }
        insert(c, keys);
        noteReferences(c);
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO title_words(word, n) SELECT substr(key, 3), COUNT(*) FROM resolve_keys"
                    + " WHERE key >= 'x:' AND key < 'x;' GROUP BY key");
        }
    }

    /** An incremental resolution's keys: the rows of {@code records} replaced by {@code keys} (absent: removed). */
    static void replace(Connection c, Collection<String> records, Map<String, List<String>> keys) throws SQLException {
        Set<String> words = new TreeSet<>();
        Database.inBatches(c, records, List.of(), "SELECT key FROM resolve_keys WHERE record_id IN (%s) AND key >= 'x:' AND key < 'x;'",
                rs -> words.add(rs.getString(1)));
        keys.values().forEach(ks -> ks.stream().filter(k -> k.startsWith(WORD)).forEach(words::add));
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM resolve_keys WHERE record_id = ?")) {
            for (String id : records) {
                ps.setString(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        insert(c, keys);
        noteReferences(c);
        try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM resolve_keys WHERE key = ?");
             PreparedStatement put = c.prepareStatement("INSERT OR REPLACE INTO title_words(word, n) VALUES (?, ?)");
             PreparedStatement drop = c.prepareStatement("DELETE FROM title_words WHERE word = ?")) {
            for (String key : words) {
                count.setString(1, key);
                int n;
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    n = rs.getInt(1);
                }
                if (n == 0) {
                    drop.setString(1, key.substring(WORD.length()));
                    drop.executeUpdate();
                } else {
                    put.setString(1, key.substring(WORD.length()));
                    put.setInt(2, n);
                    put.executeUpdate();
                }
            }
        }
    }

    /** Notes which reference files (name and content) the resolution just stored matched against. */
    private static void noteReferences(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO meta(key, value) VALUES ('" + REFERENCES + "', ?)")) {
            ps.setString(1, references(c));
            ps.executeUpdate();
        }
    }

    private static String references(Connection c) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name, sha256 FROM files WHERE role = 'reference' ORDER BY name")) {
            while (rs.next()) {
                out.append(rs.getString(1)).append('\u0001').append(rs.getString(2)).append('\n');
            }
        }
        return out.toString();
    }

    /** True when the reference files are those the stored resolution matched against (false when unknown). */
    public boolean referencesAsStored() {
        return db.read("cannot read the reference files", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM meta WHERE key = '" + REFERENCES + "'");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getString(1).equals(references(c));
            }
        });
    }

    private static void insert(Connection c, Map<String, List<String>> keys) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO resolve_keys(key, record_id) VALUES (?, ?)");
             PreparedStatement file = c.prepareStatement(
                     "INSERT OR IGNORE INTO resolve_keys(key, record_id) SELECT '" + FILE + "' || file, id FROM records WHERE id = ?")) {
            for (Map.Entry<String, List<String>> e : keys.entrySet()) {
                for (String key : e.getValue()) {
                    ps.setString(1, key);
                    ps.setString(2, e.getKey());
                    ps.addBatch();
                }
                file.setString(1, e.getKey());
                file.addBatch();
            }
            ps.executeBatch();
            file.executeBatch();
        }
    }

    /** How many stored records carry each of these keys (absent: none). */
    public Map<String, Integer> counts(Collection<String> keys) {
        Map<String, Integer> out = new HashMap<>();
        db.read("cannot read the resolution keys", c -> {
            Database.inBatches(c, keys, List.of(), "SELECT key, COUNT(*) FROM resolve_keys WHERE key IN (%s) GROUP BY key",
                    rs -> out.put(rs.getString(1), rs.getInt(2)));
            return null;
        });
        return out;
    }

    /** The stored records with each of these keys, by key (absent: none). */
    public Map<String, List<String>> members(Collection<String> keys) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        db.read("cannot read the resolution keys", c -> {
            Database.inBatches(c, keys, List.of(), "SELECT key, record_id FROM resolve_keys WHERE key IN (%s)",
                    rs -> out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)));
            return null;
        });
        return out;
    }

    /** The stored keys of each of these records, by record id (absent: none stored). */
    public Map<String, List<String>> keysOf(Collection<String> recordIds) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        db.read("cannot read the resolution keys", c -> {
            Database.inBatches(c, recordIds, List.of(), "SELECT record_id, key FROM resolve_keys WHERE record_id IN (%s)",
                    rs -> out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)));
            return null;
        });
        return out;
    }

    /** The stored records that were read from each of these catalog files, by file name. */
    public Map<String, List<String>> recordsOfFiles(Collection<String> fileNames) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        members(fileNames.stream().map(f -> FILE + f).toList()).forEach((k, ids) -> out.put(k.substring(FILE.length()), ids));
        return out;
    }

    /** Title words held by between {@code low} and {@code high} stored titles (inclusive). */
    public List<String> wordsCountedBetween(int low, int high) {
        return db.read("cannot read the title words", c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT word FROM title_words WHERE n BETWEEN ? AND ? ORDER BY word")) {
                ps.setInt(1, low);
                ps.setInt(2, high);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }

    /** The stored records holding {@code key} and one of {@code anyOf}, each with the first of {@code anyOf} it holds. */
    public Map<String, String> holdingBoth(String key, Collection<String> anyOf) {
        Map<String, String> out = new LinkedHashMap<>();
        db.read("cannot read the resolution keys", c -> {
            Database.inBatches(c, anyOf, List.of(key), """
                    SELECT b.record_id, b.key FROM resolve_keys b
                    WHERE EXISTS (SELECT 1 FROM resolve_keys a WHERE a.key = ? AND a.record_id = b.record_id) AND b.key IN (%s)""",
                    rs -> out.putIfAbsent(rs.getString(1), rs.getString(2)));
            return null;
        });
        return out;
    }

    /** Every stored title word with the number of titles holding it (for checks: it must equal the word keys counted). */
    public Map<String, Integer> titleWords() {
        return db.read("cannot read the title words", c -> {
            Map<String, Integer> out = new java.util.TreeMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT word, n FROM title_words")) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getInt(2));
                }
            }
            return out;
        });
    }

    /** The stored records holding each of these keys, each with its stored rarest title word key ({@code w:}), by key. */
    public Map<String, Map<String, String>> rarestOfHolders(Collection<String> keys) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        db.read("cannot read the resolution keys", c -> {
            Database.inBatches(c, keys, List.of(), """
                    SELECT a.key, a.record_id, b.key FROM resolve_keys a
                    JOIN resolve_keys b ON b.record_id = a.record_id AND b.key >= 'w:' AND b.key < 'w;'
                    WHERE a.key IN (%s)""", rs -> out.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2),
                    rs.getString(3)));
            return null;
        });
        return out;
    }

    /** How many rows the table holds (for tests and figures). */
    public long size() {
        return db.read("cannot read the resolution keys", c -> Database.queryLong(c, "SELECT COUNT(*) FROM resolve_keys"));
    }
}
