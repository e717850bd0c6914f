/**
 * Search over the records' passages (the passage index, one document per passage): BM25, dense and
 * hybrid retrieval with the record search's own code and fusion, each hit a passage with its text,
 * record, work and provenance (file, line, page, element). What {@code ask} retrieves from.
 */
package dev.paperscope.search.passages;
