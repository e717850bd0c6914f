package dev.paperscope.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The user's own data (agenda, reading lists) in the catalog's SQLite file, beside the records but never
 * joined to them by a foreign key: a re-ingest replaces records, and what a user starred or listed must
 * outlive that (a reference to a record that is gone is shown as missing, not dropped). Each owner
 * creates its tables idempotently through {@link #transaction}.
 *
 * <p>Thread-safe: one connection, used by one transaction at a time.
 */
public final class UserData implements AutoCloseable {
    private final Connection connection;

    private UserData(Connection connection) {
        this.connection = connection;
    }

    /** Opens the catalog database {@code databaseFile} (created when absent) for user data. */
    public static UserData open(Path databaseFile) {
        try {
            Files.createDirectories(databaseFile.toAbsolutePath().getParent());
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + databaseFile.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA foreign_keys=ON");
                s.execute("PRAGMA busy_timeout=" + WriteTurn.READ_BUSY_MILLIS);
            }
            c.setAutoCommit(false);
            return new UserData(c);
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
    public synchronized <T> T transaction(String what, Work<T> work) {
        try {
            WriteTurn.DEFAULT.begin(connection, what);
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollbackAfter(e);
            throw new CatalogException("cannot " + what + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            rollbackAfter(e);
            throw e;
        }
    }

    /**
     * SQLite's data version of the database as this connection sees it: it changes whenever another
     * connection (the catalog's own, or another process) has committed a change since the last call, and
     * not for this connection's own commits. A cheap read that takes no write lock: owners cache what they
     * derive from the catalog under it.
     */
    public synchronized long dataVersion() {
        try {
            long version;
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA data_version")) {
                version = rs.next() ? rs.getLong(1) : 0;
            }
            connection.commit(); // ends the read, so the next call sees later commits
            return version;
        } catch (SQLException e) {
            rollbackAfter(e);
            throw new CatalogException("cannot read the database's data version: " + e.getMessage(), e);
        }
    }

    private void rollbackAfter(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new CatalogException("cannot close user data: " + e.getMessage(), e);
        }
    }
}
