package dev.paperscope.catalog;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The user's own data (agenda, reading lists) in the catalog's SQLite file, beside the records but never
 * joined to them by a foreign key: a re-ingest replaces records, and what a user starred or listed must
 * outlive that (a reference to a record that is gone is shown as missing, not dropped). Each owner
 * creates its tables idempotently through {@link #transaction}.
 *
 * <p>Thread-safe: one connection of its own, used by one transaction at a time.
 */
public final class UserData implements AutoCloseable {
    private final Database db;

    private UserData(Database db) {
        this.db = db;
    }

    /** Opens the catalog database {@code databaseFile} (created when absent) for user data. */
    public static UserData open(Path databaseFile) {
        try {
            return new UserData(Database.open(databaseFile, WriteTurn.DEFAULT));
        } catch (IOException | SQLException e) {
            throw new CatalogException("cannot open user data in " + databaseFile + ": " + e.getMessage(), e);
        }
    }

    /** Work on the database that commits as a whole or not at all. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. It
     * begins IMMEDIATE, waiting its turn behind another process's write ({@link WriteTurn}), so a read
     * followed by a write in {@code work} never fails with {@code SQLITE_BUSY_SNAPSHOT}. An
     * {@link SQLException} becomes a {@link CatalogException} saying {@code what} failed; runtime
     * exceptions (the owners' validation errors) pass through unchanged.
     */
    public <T> T transaction(String what, Work<T> work) {
        return db.write(what, work::run);
    }

    /**
     * SQLite's data version of the database as this connection sees it: it changes whenever another
     * connection (the catalog's own, or another process) has committed a change since the last call, and
     * not for this connection's own commits. A cheap read that takes no write lock: owners cache what they
     * derive from the catalog under it.
     */
    public long dataVersion() {
        return db.read("cannot read the database's data version", c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA data_version")) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    @Override
    public void close() {
        db.close("user data");
    }
}
