package dev.paperscope.ingest;

/**
 * The file line holding a passage of a record, found in the record's raw text (which starts at the
 * record's line): the passage's opening words are looked up with runs of whitespace taken as one space,
 * so a paragraph re-wrapped when read still matches. Where the raw text does not hold them verbatim (JSON
 * with escapes, LaTeX, a PDF) the answer is the record's own line.
 */
final class LineFinder {
    /** Characters of a passage's opening that are looked up. */
    static final int PROBE_CHARS = 60;
    private final int recordLine;
    private final String raw;
    /** The raw text with whitespace runs as single spaces, and each of its characters' offset in the raw text. */
    private final StringBuilder squeezed = new StringBuilder();
    private final int[] offsets;
    /** Where the previous passage was found: passages follow one another, so the next is looked up after it. */
    private int searchFrom;

    LineFinder(SourceRecord r) {
        this.recordLine = r.source().line();
        this.raw = r.source().page() != null ? "" : r.raw();
        this.offsets = new int[raw.length()];
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && !squeezed.isEmpty()) {
                offsets[squeezed.length()] = i;
                squeezed.append(' ');
            }
            space = false;
            offsets[squeezed.length()] = i;
            squeezed.append(c);
        }
    }

    /** The line of {@code passage}'s first characters, or the record's line when the raw text lacks them. */
    int lineOf(String passage) {
        String probe = squeeze(passage);
        if (probe.isEmpty()) {
            return recordLine;
        }
        int at = squeezed.indexOf(probe, searchFrom);
        if (at < 0) {
            at = squeezed.indexOf(probe);
        }
        if (at < 0) {
            return recordLine;
        }
        searchFrom = at + 1;
        int rawAt = offsets[at];
        int line = recordLine;
        for (int i = 0; i < rawAt; i++) {
            if (raw.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String squeeze(String text) {
        String s = text.strip().replaceAll("\\s+", " ");
        return s.length() <= PROBE_CHARS ? s : s.substring(0, PROBE_CHARS);
    }
}
