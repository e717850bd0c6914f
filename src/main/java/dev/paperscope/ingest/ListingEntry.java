package dev.paperscope.ingest;

import java.util.List;

/**
 * The body that oral and award listings share: an author line, an optional {@code [ Room ]} line and one
 * abstract paragraph. Indexes are 0-based line indexes of the document.
 */
record ListingEntry(int authorLine, int lastLine, ConferenceLines.AuthorLine authors, String room, String abstractText) {

    /** Reads the entry whose author line is at {@code authorLine}; fails when its abstract is missing. */
    static ListingEntry read(SourceDocument doc, int authorLine) throws ParseException {
        List<String> lines = doc.lines();
        int next = ConferenceLines.nextNonBlank(lines, authorLine + 1);
        String room = null;
        if (next >= 0 && ConferenceLines.isRoom(lines.get(next))) {
            room = ConferenceLines.room(lines.get(next));
            next = ConferenceLines.nextNonBlank(lines, next + 1);
        }
        if (next < 0) {
            throw doc.error(authorLine + 1, "the entry starting here has no abstract: the file ends after its "
                    + (room == null ? "author line" : "room line"));
        }
        if (!ConferenceLines.isAbstractText(lines.get(next))) {
            throw doc.error(next + 1, "expected the abstract of the entry whose author line is line " + (authorLine + 1)
                    + ", found " + ConferenceLines.quote(lines.get(next)));
        }
        return new ListingEntry(authorLine, next, ConferenceLines.authors(lines.get(authorLine)), room,
                lines.get(next).strip());
    }

    /** Sets authors, room and abstract, with the notes on cut lists and shortened abstracts. */
    void describe(SourceRecord.Builder record) {
        authors.describe(record);
        record.room(room).abstractText(abstractText);
        ConferenceLines.noteShortenedAbstract(record, abstractText);
    }
}
