/**
 * Reading lists: named, ordered lists of works or records with a free-text note per item, kept as user
 * data in the catalog's SQLite file (never cascaded from records, so a re-ingest loses nothing; an item
 * whose id no longer resolves is shown as missing by the caller).
 *
 * <p>Thread-safety: {@link dev.paperscope.lists.ReadingLists} may be shared between threads; every
 * operation is one transaction. Returned records are immutable.
 */
package dev.paperscope.lists;
