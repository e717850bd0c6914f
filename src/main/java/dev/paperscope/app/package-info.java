/**
 * Application services: the operations a user performs (ingest, export, search, reindex, demo) over
 * a data folder holding the catalog and its index. The CLI and the HTTP layer are thin shells over
 * {@link dev.paperscope.app.Paperscope}; no logic lives in them.
 *
 * <p>Works: every ingest (and open, when stale) resolves the catalog's source records into works and
 * recovers titles from reference files ({@code Resolver}), storing both in the catalog as derived data
 * that the index reads. Search comes in two shapes with the same options and the same
 * {@link dev.paperscope.search.SearchResults} type:
 * <ul>
 *   <li>{@code search(query, limit, options)}: one hit per source record (hit id = record id);</li>
 *   <li>{@code searches().works(query, limit, options)}: one hit per work (hit id = work id, {@code records}
 *       = every record of the work, matched ones first), what the CLI shows by default. {@code total}
 *       still counts matching records.</li>
 * </ul>
 * {@code exportResolved} gives each record with its work id and recovered fields ({@code ResolvedJson}
 * is their JSON shape); {@code resolve()} the stored works. Lookups are handed out by concept:
 * {@code works()} ({@link dev.paperscope.app.Works}: works and records by id, work pages as
 * {@link dev.paperscope.app.WorkView}, related records, redirects) and {@code authors()}
 * ({@link dev.paperscope.app.Authors}); {@code planner()} and {@code lists()} hold the user's data.
 * Reads only look up what the last resolution stored; writes (ingest, and remove, merge, split, reindex
 * through {@code changes()}) resolve again.
 *
 * <p>Thread-safety: a {@code Paperscope} instance is used by one thread at a time for writes; searches
 * may run concurrently.
 */
package dev.paperscope.app;
