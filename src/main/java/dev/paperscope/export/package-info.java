/**
 * Exports of records and works as citations: BibTeX (entry type from kind and venue, unique stable keys,
 * LaTeX-special characters escaped, math and commands already in the text kept) and CSL-JSON.
 *
 * <p>Thread-safety: stateless apart from {@link dev.paperscope.export.Exporter}'s lookup, which the caller
 * supplies; the data types are immutable.
 */
package dev.paperscope.export;
