package dev.paperscope.catalog;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The catalog's tables, created or brought up to the current schema when the catalog opens. */
final class CatalogSchema {
    static final int VERSION = 3;

    private CatalogSchema() {
    }

    /** Creates what is missing and migrates an older catalog; runs inside the open's write transaction. */
    static void migrate(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)");
            int stored = storedVersion(s);
            s.execute("""
                    CREATE TABLE IF NOT EXISTS files(
                      name TEXT PRIMARY KEY, sha256 TEXT NOT NULL, format TEXT NOT NULL, path TEXT,
                      record_count INTEGER NOT NULL, ingested_at TEXT NOT NULL)""");
            s.execute("""
                    CREATE TABLE IF NOT EXISTS records(
                      id TEXT PRIMARY KEY, file TEXT NOT NULL REFERENCES files(name) ON DELETE CASCADE,
                      ordinal INTEGER NOT NULL, json TEXT NOT NULL)""");
            s.execute("CREATE INDEX IF NOT EXISTS records_by_file ON records(file, ordinal)");
            s.execute("""
                    CREATE TABLE IF NOT EXISTS changes(
                      generation INTEGER PRIMARY KEY AUTOINCREMENT, file TEXT NOT NULL, at TEXT NOT NULL)""");
            addRoleColumn(s);
            EmbeddingStore.create(s);
            DerivedTables.create(s);
            IdRedirects.create(s);
            if (stored < 3) {
                IdMigration.run(connection); // a new catalog has no records: nothing to do
            }
            s.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', '" + VERSION + "')");
        }
    }

    /** The schema version the file was written with; the current one for a new catalog. */
    private static int storedVersion(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
            return rs.next() ? Integer.parseInt(rs.getString(1)) : 0;
        }
    }

    /** Schema 1 catalogs had no roles: every file was a source. */
    private static void addRoleColumn(Statement s) throws SQLException {
        boolean present = false;
        try (ResultSet rs = s.executeQuery("PRAGMA table_info(files)")) {
            while (rs.next()) {
                present |= rs.getString("name").equals("role");
            }
        }
        if (!present) {
            s.execute("ALTER TABLE files ADD COLUMN role TEXT NOT NULL DEFAULT 'source'");
        }
    }
}
