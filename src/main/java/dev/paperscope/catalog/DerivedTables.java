package dev.paperscope.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperscope.ingest.RecordJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The tables of derived resolution data (works, each record's work, recovered fields) and of the
 * users' work decisions. Derived rows are replaced wholesale by each resolution, in one transaction that
 * also stamps which catalog generation and decisions they reflect, and logs a change for every file
 * whose records' derived values changed, so the index re-reads exactly those files.
 */
final class DerivedTables {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STAMP_KEY = "resolution_stamp";

    private DerivedTables() {
    }

    static void create(Statement s) throws SQLException {
        s.execute("""
                CREATE TABLE IF NOT EXISTS recoveries(
                  record_id TEXT PRIMARY KEY, title TEXT NOT NULL, venue TEXT, year INTEGER, source_file TEXT NOT NULL,
                  source_line INTEGER NOT NULL, source_id TEXT NOT NULL, confidence REAL NOT NULL, rule TEXT NOT NULL,
                  evidence TEXT NOT NULL)""");
        s.execute("CREATE TABLE IF NOT EXISTS record_works(record_id TEXT PRIMARY KEY, work_id TEXT NOT NULL)");
        s.execute("CREATE TABLE IF NOT EXISTS record_author_keys(record_id TEXT PRIMARY KEY, keys TEXT NOT NULL)");
        s.execute("CREATE INDEX IF NOT EXISTS record_works_by_work ON record_works(work_id)");
        AuthorNames.create(s);
        s.execute("""
                CREATE TABLE IF NOT EXISTS year_corrections(
                  record_id TEXT PRIMARY KEY, year INTEGER NOT NULL, start TEXT NOT NULL, end_time TEXT, refs TEXT NOT NULL,
                  agreeing INTEGER NOT NULL, matched INTEGER NOT NULL, rule TEXT NOT NULL, evidence TEXT NOT NULL)""");
        s.execute("""
                CREATE TABLE IF NOT EXISTS works(
                  id TEXT PRIMARY KEY, ordinal INTEGER NOT NULL, title TEXT, record_ids TEXT NOT NULL, json TEXT NOT NULL)""");
        s.execute("""
                CREATE TABLE IF NOT EXISTS work_decisions(
                  id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, left_ids TEXT NOT NULL, right_ids TEXT NOT NULL,
                  at TEXT NOT NULL)""");
        ResolveKeys.create(s);
    }

    /** What the derived data must reflect: the resolver's version, the catalog generation and the newest decision. */
    static String currentStamp(Connection c, String resolverVersion, long generation) throws SQLException {
        return resolverVersion + ":g" + generation + ":d" + maxDecision(c);
    }

    static Optional<String> storedStamp(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            ps.setString(1, STAMP_KEY);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** Replaces the derived rows; returns the files whose records' work or recovered fields changed. */
    static Set<String> replace(Connection c, List<StoredWork> works, Map<String, Recovery> recoveries,
                               Map<String, List<String>> authorKeys, Map<String, YearCorrection> years) throws SQLException {
        Map<String, String> before = signatures(c);
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM recoveries");
            s.execute("DELETE FROM record_works");
            s.execute("DELETE FROM works");
            s.execute("DELETE FROM record_author_keys");
            s.execute("DELETE FROM year_corrections");
        }
        insertWorks(c, works);
        insertRecoveries(c, recoveries);
        insertAuthorKeys(c, authorKeys);
        insertYearCorrections(c, years);
        Map<String, String> after = signatures(c);
        Set<String> changedFiles = new TreeSet<>();
        Map<String, String> fileOf = fileOfSourceRecords(c);
        fileOf.forEach((id, file) -> {
            if (!Objects.equals(before.get(id), after.get(id))) {
                changedFiles.add(file);
            }
        });
        return changedFiles;
    }

    static void stamp(Connection c, String stamp) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)")) {
            ps.setString(1, STAMP_KEY);
            ps.setString(2, stamp);
            ps.executeUpdate();
        }
    }

    static void insertWorks(Connection c, List<StoredWork> works) throws SQLException {
        try (PreparedStatement w = c.prepareStatement("INSERT INTO works(id, ordinal, title, record_ids, json) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement rw = c.prepareStatement("INSERT INTO record_works(record_id, work_id) VALUES (?, ?)")) {
            int ordinal = 0;
            for (StoredWork work : works) {
                w.setString(1, work.id());
                w.setInt(2, ordinal++);
                w.setString(3, work.title());
                w.setString(4, json(work.recordIds()));
                w.setString(5, work.json());
                w.addBatch();
                for (String id : work.recordIds()) {
                    rw.setString(1, id);
                    rw.setString(2, work.id());
                    rw.addBatch();
                }
            }
            w.executeBatch();
            rw.executeBatch();
        }
    }

    static void insertAuthorKeys(Connection c, Map<String, List<String>> authorKeys) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO record_author_keys(record_id, keys) VALUES (?, ?)")) {
            for (Map.Entry<String, List<String>> e : authorKeys.entrySet()) {
                ps.setString(1, e.getKey());
                ps.setString(2, json(e.getValue()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static void insertYearCorrections(Connection c, Map<String, YearCorrection> years) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO year_corrections(record_id, year, start, end_time, refs, agreeing, matched, rule, evidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Map.Entry<String, YearCorrection> e : years.entrySet()) {
                YearCorrection y = e.getValue();
                Database.bind(ps, e.getKey(), y.year(), y.start().toString(), y.end() == null ? null : y.end().toString(),
                        json(y.references()), y.agreeing(), y.matched(), y.rule(), y.evidence());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static void insertRecoveries(Connection c, Map<String, Recovery> recoveries) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO recoveries(record_id, title, venue, year, source_file, source_line, source_id, confidence, rule, evidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Map.Entry<String, Recovery> e : recoveries.entrySet()) {
                Recovery r = e.getValue();
                Database.bind(ps, e.getKey(), r.title(), r.venue(), r.year(), r.sourceFile(), r.sourceLine(), r.sourceId(),
                        r.confidence(), r.rule(), r.evidence());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Per source record, what the index shows of its derived data: work id, recovered title, venue, year, corrected dates. */
    private static Map<String, String> signatures(Connection c) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT rw.record_id, rw.work_id, rc.title, rc.venue, rc.year, ak.keys, yc.start, yc.end_time FROM record_works rw
                LEFT JOIN recoveries rc ON rc.record_id = rw.record_id
                LEFT JOIN record_author_keys ak ON ak.record_id = rw.record_id
                LEFT JOIN year_corrections yc ON yc.record_id = rw.record_id""")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2) + "\u0001" + rs.getString(3) + "\u0001" + rs.getString(4) + "\u0001"
                        + rs.getString(5) + "\u0001" + rs.getString(6) + "\u0001" + rs.getString(7) + "\u0001" + rs.getString(8));
            }
        }
        return out;
    }

    private static Map<String, String> fileOfSourceRecords(Connection c) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT r.id, r.file FROM records r JOIN files f ON f.name = r.file WHERE f.role = 'source'")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    /** The SELECT list and joins that read a {@link ResolvedRecord}; append a WHERE on {@code r}/{@code f} and an ORDER BY. */
    static final String RESOLVED_SELECT = """
            SELECT r.json, rw.work_id, rc.title, rc.venue, rc.year, rc.source_file, rc.source_line, rc.source_id,
                   rc.confidence, rc.rule, rc.evidence, ak.keys,
                   yc.year, yc.start, yc.end_time, yc.refs, yc.agreeing, yc.matched, yc.rule, yc.evidence
            FROM records r JOIN files f ON f.name = r.file
            LEFT JOIN record_works rw ON rw.record_id = r.id
            LEFT JOIN recoveries rc ON rc.record_id = r.id
            LEFT JOIN record_author_keys ak ON ak.record_id = r.id
            LEFT JOIN year_corrections yc ON yc.record_id = r.id
            WHERE f.role = 'source'""";

    static ResolvedRecord resolved(ResultSet rs) throws SQLException {
        Optional<Recovery> recovery = Optional.empty();
        if (rs.getString(3) != null) {
            int year = rs.getInt(5);
            recovery = Optional.of(new Recovery(rs.getString(3), rs.getString(4), rs.wasNull() ? null : year,
                    rs.getString(6), rs.getInt(7), rs.getString(8), rs.getDouble(9), rs.getString(10), rs.getString(11)));
        }
        String keys = rs.getString(12);
        return new ResolvedRecord(RecordJson.fromJson(rs.getString(1)), rs.getString(2), recovery, keys == null ? List.of() : ids(keys),
                yearCorrection(rs));
    }

    static Optional<YearCorrection> yearCorrection(ResultSet rs) throws SQLException {
        String start = rs.getString(14);
        if (start == null) {
            return Optional.empty();
        }
        String end = rs.getString(15);
        return Optional.of(new YearCorrection(rs.getInt(13), OffsetDateTime.parse(start),
                end == null ? null : OffsetDateTime.parse(end), ids(rs.getString(16)), rs.getInt(17), rs.getInt(18),
                rs.getString(19), rs.getString(20)));
    }

    static List<StoredWork> works(Connection c, String where, List<String> parameters) throws SQLException {
        List<StoredWork> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, title, record_ids, json FROM works " + where + " ORDER BY id")) {
            for (int i = 0; i < parameters.size(); i++) {
                ps.setString(i + 1, parameters.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(work(rs));
                }
            }
        }
        return out;
    }

    /** A work from a row of {@code id, title, record_ids, json}. */
    static StoredWork work(ResultSet rs) throws SQLException {
        return new StoredWork(rs.getString(1), rs.getString(2), ids(rs.getString(3)), rs.getString(4));
    }

    static void forEachResolved(Connection c, String where, String parameter, Consumer<ResolvedRecord> consumer) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(RESOLVED_SELECT + where + " ORDER BY r.file, r.ordinal")) {
            if (parameter != null) {
                ps.setString(1, parameter);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(resolved(rs));
                }
            }
        }
    }

    // ---- decisions ----

    static long addDecision(Connection c, WorkDecision.Kind kind, List<String> left, List<String> right, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO work_decisions(kind, left_ids, right_ids, at) VALUES (?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, kind.name());
            ps.setString(2, json(left));
            ps.setString(3, json(right));
            ps.setString(4, at.toString());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static List<WorkDecision> decisions(Connection c) throws SQLException {
        List<WorkDecision> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT id, kind, left_ids, right_ids, at FROM work_decisions ORDER BY id")) {
            while (rs.next()) {
                out.add(new WorkDecision(rs.getLong(1), WorkDecision.Kind.valueOf(rs.getString(2)), ids(rs.getString(3)),
                        ids(rs.getString(4)), Instant.parse(rs.getString(5))));
            }
        }
        return out;
    }

    private static long maxDecision(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM work_decisions")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String json(List<String> ids) {
        try {
            return JSON.writeValueAsString(ids);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write record ids", e);
        }
    }

    static List<String> ids(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new CatalogException("corrupt record id list in the catalog: " + json, e);
        }
    }
}
