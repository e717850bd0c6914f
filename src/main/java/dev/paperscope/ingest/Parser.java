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

    /** Parses the whole document or fails with the line of the first problem; never returns partial results. */
    List<SourceRecord> parse(SourceDocument doc) throws ParseException;
}
