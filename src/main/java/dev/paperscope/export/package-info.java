/**
 * Exports of records and works as citations: BibTeX (an entry from a .bib file as it was written; others
 * with the entry type from kind and venue, unique stable keys, LaTeX-special characters escaped, math and
 * commands already in the text kept; provenance in {@code x-paperscope}) and CSL-JSON. A work's fields
 * come from one source record, venue and year together.
 *
 * <p>Thread-safety: stateless apart from {@link dev.paperscope.export.Exporter}'s lookup, which the caller
 * supplies; the data types are immutable.
 */
package dev.paperscope.export;
