package dev.paperscope.ingest;


/**
 * One passage of a record's text, with where it stands: its record, its place among the record's
 * passages ({@code ordinal}, from 1), the {@code part} of the record it was cut from ({@link #ABSTRACT}
 * or a PDF's {@link #BODY}), the section heading over it (null where unknown), and its file, line, page
 * (PDFs) and element (HTML pages). {@code line} is the line that holds the passage's first sentence
 * where the record knows its lines, else the record's own line (JSON Lines: the record's line). Immutable.
 */
public record RecordPassage(String id, String recordId, int ordinal, String part, String text, String section,
                            String file, int line, Integer page, String element) {
    /** A passage of the record's abstract (a blog post's body, a reading-list entry's summary). */
    public static final String ABSTRACT = "abstract";
    /** A passage of a PDF's body text. */
    public static final String BODY = "body";

    public RecordPassage {
        Checks.present("id", id, "recordId", recordId, "part", part, "text", text, "file", file);
        if (text.isBlank()) {
            throw new IllegalArgumentException("passage " + id + " is blank");
        }
        if (ordinal < 1 || line < 1 || (page != null && page < 1)) {
            throw new IllegalArgumentException("passage " + id + ": ordinal, line and page are 1-based");
        }
    }
}
