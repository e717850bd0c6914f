/**
 * Index: the Lucene index derived from the catalog. {@link dev.paperscope.index.IndexSchema} names the
 * fields and their analyzers; {@link dev.paperscope.index.SearchIndex} keeps the index in step with the
 * catalog by replaying the catalog's change log, so the index can always be rebuilt and a crash between
 * a catalog commit and an index commit heals on the next open. Records may carry passage vectors from a
 * {@link dev.paperscope.index.VectorSource}; the commit names their model, and another model rebuilds.
 *
 * <p>Thread-safety: {@code SearchIndex} is safe for concurrent searches; updates are serialised by the
 * index's own write lock (one writing process at a time).
 */
package dev.paperscope.index;
