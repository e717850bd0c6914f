package dev.paperscope.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * One JDBC connection to the catalog's SQLite file and the one way to run work on it: {@link #read} and
 * {@link #write} are each one whole transaction, rolled back (keeping the cause) when the work throws.
 * Every method holds this object's monitor, so the catalog's parts ({@link Catalog}, {@link EmbeddingStore},
 * {@link DerivedData}) share one lock; a part that needs several steps to agree holds it around them.
 */
final class Database {
    /** Keys bound in one {@code IN (...)} query (SQLite's default limit on bound parameters is far above). */
    static final int KEYS_PER_QUERY = 500;
    private final Connection connection;
    /** How a write waits for another process's write to finish (every write begins IMMEDIATE, see {@link WriteTurn}). */
    private final WriteTurn writeTurn;

    private Database(Connection connection, WriteTurn writeTurn) {
        this.connection = connection;
        this.writeTurn = writeTurn;
    }

    /** Opens (creating when absent) the database file in WAL mode, with durable commits and foreign keys. */
    static Database open(Path databaseFile, WriteTurn writeTurn) throws IOException, SQLException {
        Files.createDirectories(databaseFile.toAbsolutePath().getParent());
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + databaseFile.toAbsolutePath());
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            // FULL: a commit survives power loss, not only a killed process; ingest is not latency-bound.
            s.execute("PRAGMA synchronous=FULL");
            s.execute("PRAGMA foreign_keys=ON");
            s.execute("PRAGMA busy_timeout=" + WriteTurn.READ_BUSY_MILLIS);
            c.setAutoCommit(false);
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
        return new Database(c, writeTurn);
    }

    /** Work on the connection; what it throws rolls its transaction back. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Reads one row of a result. */
    @FunctionalInterface
    interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /** Runs a read in one transaction; an {@link SQLException} becomes a {@link CatalogException} starting with {@code what}. */
    synchronized <T> T read(String what, SqlWork<T> work) {
        try {
            T value = work.run(connection);
            connection.commit();
            return value;
        } catch (SQLException e) {
            rollbackAfter(e);
            throw new CatalogException(what + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs a write in one IMMEDIATE transaction (waiting its turn behind another process's write); an
     * {@link SQLException} becomes a {@link CatalogException} saying "cannot {@code what}", runtime
     * exceptions (validation) pass unchanged, and either rolls everything back.
     */
    synchronized <T> T write(String what, SqlWork<T> work) {
        try {
            return inTransaction(what, work);
        } catch (SQLException e) {
            throw new CatalogException("cannot " + what + ": " + e.getMessage(), e);
        }
    }

    /** As {@link #write}, leaving an {@link SQLException} for the caller to word. */
    synchronized <T> T inTransaction(String what, SqlWork<T> work) throws SQLException {
        try {
            writeTurn.begin(connection, what);
            T value = work.run(connection);
            connection.commit();
            return value;
        } catch (SQLException | RuntimeException e) {
            rollbackAfter(e);
            throw e;
        }
    }

    /**
     * Runs {@code sqlWithMarks} (its {@code %s} replaced by one {@code ?} per key) over the keys in batches
     * of {@link #KEYS_PER_QUERY}, after binding {@code leading} to the parameters before the marks; each
     * row goes to {@code reader}. Call it inside {@link #read}: the batches are one transaction.
     */
    static void inBatches(Connection c, Collection<String> keys, List<String> leading, String sqlWithMarks, RowReader reader)
            throws SQLException {
        List<String> all = List.copyOf(keys);
        for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
            List<String> part = all.subList(from, Math.min(from + KEYS_PER_QUERY, all.size()));
            try (PreparedStatement ps = c.prepareStatement(sqlWithMarks.formatted(String.join(",", Collections.nCopies(part.size(), "?"))))) {
                int at = 1;
                for (String value : leading) {
                    ps.setString(at++, value);
                }
                for (String key : part) {
                    ps.setString(at++, key);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        reader.read(rs);
                    }
                }
            }
        }
    }

    /** Binds {@code values} to the statement's parameters 1, 2, ... in order; a null binds SQL NULL. */
    static void bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
    }

    /** The first column of the one row {@code sql} answers. */
    static long queryLong(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The generation of the newest change, 0 for an empty catalog. */
    static long generation(Connection c) throws SQLException {
        return queryLong(c, "SELECT COALESCE(MAX(generation), 0) FROM changes");
    }

    /** Logs a change of {@code fileName}, so the index re-reads its records. */
    static void logChange(Connection c, String fileName) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO changes(file, at) VALUES (?, ?)")) {
            ps.setString(1, fileName);
            ps.setString(2, Instant.now().toString());
            ps.executeUpdate();
        }
    }

    private void rollbackAfter(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** Closes the connection; a failure is a {@link CatalogException} saying it could not close {@code what}. */
    synchronized void close(String what) {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new CatalogException("cannot close " + what + ": " + e.getMessage(), e);
        }
    }
}
