package dev.paperscope.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Stores part of a resolution ({@link ResolutionDelta}) in place of the rows it replaces, with the same
 * effects as {@link DerivedTables#replace} on those rows: a change is logged for every file whose
 * records' derived values changed, and only the affected records are compared.
 */
final class DerivedDelta {
    private DerivedDelta() {
    }

    /** Applies the delta; returns the files whose records' work or recovered fields changed. */
    static Set<String> apply(Connection c, ResolutionDelta d) throws SQLException {
        Set<String> affected = new HashSet<>(d.workRecords());
        affected.addAll(d.detailRecords());
        Map<String, String> before = signatures(c, affected);
        delete(c, "DELETE FROM works WHERE id = ?", d.dropWorks());
        delete(c, "DELETE FROM record_works WHERE record_id = ?", d.workRecords());
        delete(c, "DELETE FROM recoveries WHERE record_id = ?", d.detailRecords());
        delete(c, "DELETE FROM record_author_keys WHERE record_id = ?", d.detailRecords());
        delete(c, "DELETE FROM year_corrections WHERE record_id = ?", d.detailRecords());
        DerivedTables.insertWorks(c, d.works());
        DerivedTables.insertRecoveries(c, d.recoveries());
        DerivedTables.insertAuthorKeys(c, d.authorKeys());
        DerivedTables.insertYearCorrections(c, d.years());
        Map<String, String> after = signatures(c, affected);
        Set<String> changedFiles = new TreeSet<>();
        Set<String> changed = new HashSet<>();
        affected.forEach(id -> {
            if (!Objects.equals(before.get(id), after.get(id))) {
                changed.add(id);
            }
        });
        Database.inBatches(c, changed, List.of(),
                "SELECT r.file FROM records r JOIN files f ON f.name = r.file WHERE f.role = 'source' AND r.id IN (%s)",
                rs -> changedFiles.add(rs.getString(1)));
        return changedFiles;
    }

    /** As {@link #details(Connection)}, for these records only. */
    static ResolutionDelta.Details details(Connection c, Collection<String> ids) throws SQLException {
        Map<String, Recovery> recoveries = new HashMap<>();
        Map<String, List<String>> keys = new HashMap<>();
        Map<String, YearCorrection> years = new HashMap<>();
        Database.inBatches(c, ids, List.of(), """
                SELECT record_id, title, venue, year, source_file, source_line, source_id, confidence, rule, evidence FROM recoveries
                WHERE record_id IN (%s)""", rs -> recoveries.put(rs.getString(1), recovery(rs)));
        Database.inBatches(c, ids, List.of(), "SELECT record_id, keys FROM record_author_keys WHERE record_id IN (%s)",
                rs -> keys.put(rs.getString(1), DerivedTables.ids(rs.getString(2))));
        Database.inBatches(c, ids, List.of(), """
                SELECT record_id, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, year, start, end_time, refs, agreeing, matched, rule, evidence
                FROM year_corrections WHERE record_id IN (%s)""", rs -> years.put(rs.getString(1), DerivedTables.yearCorrection(rs).orElseThrow()));
        return new ResolutionDelta.Details(recoveries, keys, years);
    }

    private static Recovery recovery(ResultSet rs) throws SQLException {
        int year = rs.getInt(4);
        Integer y = rs.wasNull() ? null : year;
        return new Recovery(rs.getString(2), rs.getString(3), y, rs.getString(5), rs.getInt(6), rs.getString(7), rs.getDouble(8),
                rs.getString(9), rs.getString(10));
    }

    /** The stored recovered fields, author keys and year corrections of every record. */
    static ResolutionDelta.Details details(Connection c) throws SQLException {
        Map<String, Recovery> recoveries = new HashMap<>();
        Map<String, List<String>> keys = new HashMap<>();
        Map<String, YearCorrection> years = new HashMap<>();
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("""
                    SELECT record_id, title, venue, year, source_file, source_line, source_id, confidence, rule, evidence FROM recoveries""")) {
                while (rs.next()) {
                    int year = rs.getInt(4);
                    Integer y = rs.wasNull() ? null : year;
                    recoveries.put(rs.getString(1), new Recovery(rs.getString(2), rs.getString(3), y, rs.getString(5), rs.getInt(6),
                            rs.getString(7), rs.getDouble(8), rs.getString(9), rs.getString(10)));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT record_id, keys FROM record_author_keys")) {
                while (rs.next()) {
                    keys.put(rs.getString(1), DerivedTables.ids(rs.getString(2)));
                }
            }
            // The columns yearCorrection reads are 13..20 of the resolved select; pad to line them up.
            try (ResultSet rs = s.executeQuery("""
                    SELECT record_id, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, year, start, end_time, refs, agreeing, matched, rule, evidence
                    FROM year_corrections""")) {
                while (rs.next()) {
                    years.put(rs.getString(1), DerivedTables.yearCorrection(rs).orElseThrow());
                }
            }
        }
        return new ResolutionDelta.Details(recoveries, keys, years);
    }

    private static void delete(Connection c, String sql, Collection<String> ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (String id : ids) {
                ps.setString(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** As {@link DerivedTables}' signatures, for these records only. */
    private static Map<String, String> signatures(Connection c, Collection<String> ids) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        Database.inBatches(c, ids, List.of(), """
                SELECT rw.record_id, rw.work_id, rc.title, rc.venue, rc.year, ak.keys, yc.start, yc.end_time FROM record_works rw
                LEFT JOIN recoveries rc ON rc.record_id = rw.record_id
                LEFT JOIN record_author_keys ak ON ak.record_id = rw.record_id
                LEFT JOIN year_corrections yc ON yc.record_id = rw.record_id
                WHERE rw.record_id IN (%s)""", rs -> out.put(rs.getString(1), rs.getString(2) + "\u0001" + rs.getString(3) + "\u0001"
                + rs.getString(4) + "\u0001" + rs.getString(5) + "\u0001" + rs.getString(6) + "\u0001" + rs.getString(7) + "\u0001"
                + rs.getString(8)));
        return out;
    }
}
