/**
 * Ingest: turns files into {@link dev.paperscope.ingest.SourceRecord}s with provenance. One parser per
 * format, each package-private behind {@link dev.paperscope.ingest.Formats}, which detects a format by
 * the structure of a page, never by its name. {@link dev.paperscope.ingest.SourceDocument} does the
 * checks common to every format (encoding, binary content, line length).
 *
 * <p>Thread-safety: parsers are stateless; records and documents are immutable.
 */
package dev.paperscope.ingest;
