/**
 * Catalog: the SQLite store that is the source of truth for every source record, its raw text, parsed
 * fields and provenance. One file's ingest is one transaction; a change log with increasing generation
 * numbers lets the derived search index catch up after a crash. {@link dev.paperscope.catalog.UserData} opens the
 * same file for the user's own tables (agenda, reading lists), which no re-ingest touches.
 *
 * <p>Thread-safety: a {@link dev.paperscope.catalog.Catalog} holds one JDBC connection and is meant for
 * one thread at a time; several processes may share the database (SQLite WAL locking serialises writers).
 */
package dev.paperscope.catalog;
