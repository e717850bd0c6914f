package dev.paperscope.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * A conference's oral-presentation listing (ICML style): per entry an author line, an optional
 * {@code [ Room ]} line and the abstract; no titles, no venue and no year on the page. Entries are not
 * always separated by blank lines, so an entry starts wherever an author line does.
 *
 * <p>An abstract paragraph right after another entry's abstract is an entry whose author line the page
 * lost; it is kept as a record without authors rather than glued to the previous abstract.
 */
final class OralListingParser extends ListingParser {
    static final String FORMAT = "oral-listing";

    OralListingParser() {
        super(FORMAT);
    }

    @Override
    double detect(ListingShape shape) {
        if (shape.authorLines() < 2) {
            return 0;
        }
        double confidence = 0.95 * shape.bodyShare() * shape.coverageFactor();
        // Schedules and award listings share the entry body; their slots or labels rule them out.
        return shape.slots() > 0 || shape.repeatedLabels() ? confidence * 0.2 : confidence;
    }

    /** Titled entries most of which carry no award. */
    @Override
    double detectTitled(TitledListing.Shape shape) {
        return shape.awardShare() >= 0.5 ? 0 : 0.9 * shape.coverage() * shape.coverage();
    }

    @Override
    public List<SourceRecord> parse(SourceDocument doc) throws ParseException {
        java.util.Optional<TitledListing.Shape> titled = titled(doc);
        if (titled.isPresent()) {
            return TitledListing.parse(doc, titled.get(), FORMAT);
        }
        List<String> lines = doc.lines();
        List<SourceRecord> records = new ArrayList<>();
        int i = ConferenceLines.nextNonBlank(lines, firstEntry(doc));
        while (i >= 0) {
            if (ConferenceLines.isAuthorLineAt(lines, i)) {
                ListingEntry entry = ListingEntry.read(doc, i);
                records.add(oral(doc, entry));
                i = entry.lastLine() + 1;
            } else if (ConferenceLines.isParagraph(lines.get(i))) {
                records.add(withoutAuthors(doc, i));
                i++;
            } else {
                throw doc.error(i + 1, unexpected(lines.get(i)));
            }
            i = ConferenceLines.nextNonBlank(lines, i);
        }
        return records;
    }

    /**
     * Index of the first author line. The lines before it are site navigation and are skipped, but an
     * abstract or a room there means the page starts inside an entry, which is reported.
     */
    private static int firstEntry(SourceDocument doc) throws ParseException {
        List<String> lines = doc.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (ConferenceLines.isAuthorLineAt(lines, i)) {
                return i;
            }
            if (ConferenceLines.isParagraph(line) || ConferenceLines.isRoom(line)) {
                throw doc.error(i + 1, "expected an author line (names joined by ' · ') before the first entry, found "
                        + ConferenceLines.quote(line));
            }
        }
        return lines.size();
    }

    private static String unexpected(String line) {
        if (ConferenceLines.isRoom(line)) {
            return "room line " + ConferenceLines.quote(line) + " without an author line before it";
        }
        return "expected an author line (names joined by ' · ') or an abstract, found " + ConferenceLines.quote(line);
    }

    private static SourceRecord oral(SourceDocument doc, ListingEntry entry) {
        SourceRecord.Builder record = builder(doc, entry.authorLine());
        entry.describe(record);
        return record.raw(ConferenceLines.raw(doc.lines(), entry.authorLine(), entry.lastLine())).build();
    }

    private static SourceRecord withoutAuthors(SourceDocument doc, int index) {
        String text = doc.lines().get(index).strip();
        SourceRecord.Builder record = builder(doc, index).abstractText(text)
                .derived("authors", "no author line precedes this abstract on the page (it follows the previous"
                        + " entry's abstract directly); authors left empty");
        ConferenceLines.noteShortenedAbstract(record, text);
        return record.raw(doc.lines().get(index)).build();
    }

    private static SourceRecord.Builder builder(SourceDocument doc, int index) {
        return SourceRecord.builder(RecordKind.PAPER, doc.sourceAt(index + 1, FORMAT)).extra("presentation", "oral");
    }
}
