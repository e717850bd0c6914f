package dev.paperscope.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a catalog write as {@code BEGIN IMMEDIATE}, waiting its turn behind another process's write.
 *
 * <p>Why: the catalog's connection runs in deferred transactions. A deferred transaction that reads
 * and then writes (the open's schema check, a resolution that compares before it replaces) must upgrade
 * its read lock to the write lock; when another process wrote in between, SQLite answers
 * {@code SQLITE_BUSY}/{@code SQLITE_BUSY_SNAPSHOT} at once, and the busy timeout does not help. A write
 * that takes the write lock first never needs that upgrade, and SQLite's busy handler makes it wait.
 *
 * <p>The wait is bounded ({@link #bound}) and, once it lasts more than a moment, said once through
 * {@link #notice} (the CLI shows it on standard error); past the bound the write fails with a
 * {@link CatalogException} that says what it waited for.
 */
public record WriteTurn(Duration bound, Duration step, Consumer<String> notice) {
    private static final Logger LOG = LoggerFactory.getLogger(WriteTurn.class);
    /** The busy timeout every catalog connection keeps for reads and for statements outside {@link #begin}. */
    static final int READ_BUSY_MILLIS = 10_000;
    /** Two minutes: longer than any one write transaction of an ingest (a file's records, a resolution). */
    public static final WriteTurn DEFAULT = new WriteTurn(Duration.ofMinutes(2), Duration.ofSeconds(1), LOG::warn);

    public WriteTurn {
        Objects.requireNonNull(bound, "bound");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(notice, "notice");
        if (step.isNegative() || step.isZero() || bound.compareTo(step) < 0) {
            throw new IllegalArgumentException("the step must be positive and no longer than the bound");
        }
    }

    /**
     * Ends the connection's current (deferred, not yet written) transaction and begins an immediate one,
     * waiting for the write lock up to the bound. The connection must not be in auto-commit mode; on
     * return the driver's transaction is the immediate one, so the caller's {@code commit()} or
     * {@code rollback()} ends it as usual.
     *
     * @param what says what is about to be written, for the notice and the error
     */
    void begin(Connection c, String what) throws SQLException {
        // The driver keeps a deferred transaction open between calls: close it (nothing was written in it)
        // so that BEGIN IMMEDIATE can start, and reopen one if we give up, so the driver's commit() still works.
        c.commit();
        try (Statement s = c.createStatement()) {
            s.execute("COMMIT");
            long deadline = System.nanoTime() + bound.toNanos();
            boolean told = false;
            s.execute("PRAGMA busy_timeout=" + step.toMillis());
            try {
                while (true) {
                    try {
                        s.execute("BEGIN IMMEDIATE");
                        if (told) {
                            notice.accept("the catalog is free again: " + what);
                        }
                        return;
                    } catch (SQLException e) {
                        if (!busy(e)) {
                            s.execute("BEGIN");
                            throw e;
                        }
                        if (System.nanoTime() >= deadline) {
                            s.execute("BEGIN");
                            throw new CatalogException("cannot " + what + ": another process has been writing to the catalog for more than "
                                    + bound.toSeconds() + " s (is an ingest or reindex still running on this data folder?)", e);
                        }
                        if (!told) {
                            told = true;
                            notice.accept("waiting for another Paperscope process to finish writing to the catalog (at most "
                                    + bound.toSeconds() + " s) before we " + what);
                        }
                    }
                }
            } finally {
                s.execute("PRAGMA busy_timeout=" + READ_BUSY_MILLIS);
            }
        }
    }

    /** SQLITE_BUSY and its extended codes (BUSY_SNAPSHOT, BUSY_RECOVERY, BUSY_TIMEOUT), and SQLITE_LOCKED. */
    static boolean busy(SQLException e) {
        int primary = e.getErrorCode() & 0xff;
        return primary == 5 || primary == 6 || String.valueOf(e.getMessage()).contains("SQLITE_BUSY");
    }
}
