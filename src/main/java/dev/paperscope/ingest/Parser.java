package dev.paperscope.ingest;

import java.util.List;

/**
 * Reads one format. Implementations are stateless and thread-safe.
 *
 * <p>{@link #detect} judges a document by its structure alone (never by file names or by the names,
 * rooms or lines of particular pages) and returns a confidence in [0, 1]; 0 means "not this format".
 */
interface Parser {
    /** The format's name, as given to {@code --format} and stored in {@link Source#format()}. */
    String format();

    double detect(SourceDocument doc);

    /**
     * True when the text this format stores as a record's abstract is someone's summary of the paper (a
     * reading list's bullets), not the paper's own abstract: a work prefers an abstract from elsewhere.
     */
    default boolean writesSummaries() {
        return false;
    }

    /** Parses the whole document or fails with the line of the first problem; never returns partial results. */
    List<SourceRecord> parse(SourceDocument doc) throws ParseException;
}
