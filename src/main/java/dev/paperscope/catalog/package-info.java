/**
 * Catalog: the SQLite store that is the source of truth for every source record, its raw text, parsed
 * fields and provenance. One file's ingest is one transaction; a change log with increasing generation
 * numbers lets the derived search index catch up after a crash. {@link dev.paperscope.catalog.UserData} opens the
 * same file for the user's own tables (agenda, reading lists), which no re-ingest touches.
 *
 * <p>Parts by concept: {@link dev.paperscope.catalog.Catalog} (files and records), its
 * {@link dev.paperscope.catalog.EmbeddingStore} (the embedding cache) and {@link dev.paperscope.catalog.DerivedData}
 * (works, recoveries, redirects, decisions). Thread-safety: the three share one JDBC connection and its
 * lock; every public method ends its own transaction (commit or rollback), so concurrent callers (the
 * HTTP server's searches and pages) each get a consistent answer and no transaction spans two calls. A
 * caller that needs several calls to agree (read, then write) must hold its own lock around them.
 * {@link dev.paperscope.catalog.UserData} has its own connection and lock. Several processes may share
 * the database (SQLite WAL locking serialises writers).
 */
package dev.paperscope.catalog;
