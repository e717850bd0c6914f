/**
 * Application services: the operations a user performs (ingest, export, search, reindex, demo) over
 * a data folder holding the catalog and its index. The CLI and the HTTP layer are thin shells over
 * {@link dev.paperscope.app.Paperscope}; no logic lives in them.
 *
 * <p>Thread-safety: a {@code Paperscope} instance is used by one thread at a time for writes; searches
 * may run concurrently.
 */
package dev.paperscope.app;
