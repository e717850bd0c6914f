package dev.paperscope.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * A conference's award listing (NeurIPS "Outstanding Papers" style): per entry an award label such as
 * "Outstanding Paper", an author line, an optional {@code [ Room ]} line and the abstract. No titles.
 * Every entry must carry its own label; a page with one heading over several entries is not this format.
 */
final class AwardListingParser extends ListingParser {
    static final String FORMAT = "award-listing";

    AwardListingParser() {
        super(FORMAT);
    }

    @Override
    double detect(ListingShape shape) {
        if (!shape.repeatedLabels()) {
            return 0;
        }
        double confidence = 0.95 * shape.labelledShare() * shape.bodyShare() * shape.coverageFactor();
        return shape.slots() > 0 ? confidence * 0.2 : confidence;
    }

    /** Titled entries most of which carry an award label or stand under an award heading. */
    @Override
    double detectTitled(TitledListing.Shape shape) {
        return shape.awardShare() < 0.5 ? 0 : 0.9 * shape.awardShare() * shape.coverage() * shape.coverage();
    }

    @Override
    public List<SourceRecord> parse(SourceDocument doc) throws ParseException {
        java.util.Optional<TitledListing.Shape> titled = titled(doc);
        if (titled.isPresent() && titled.get().awardShare() >= 0.5) {
            return TitledListing.parse(doc, titled.get(), FORMAT);
        }
        List<String> lines = doc.lines();
        List<SourceRecord> records = new ArrayList<>();
        int i = ConferenceLines.nextNonBlank(lines, firstLabel(doc));
        while (i >= 0) {
            if (!ConferenceLines.isLabelAt(lines, i)) {
                throw doc.error(i + 1, unexpected(lines, i));
            }
            ListingEntry entry = ListingEntry.read(doc, ConferenceLines.nextNonBlank(lines, i + 1));
            SourceRecord.Builder record = SourceRecord.builder(RecordKind.PAPER, doc.sourceAt(i + 1, FORMAT))
                    .award(lines.get(i).strip());
            entry.describe(record);
            records.add(record.raw(ConferenceLines.raw(lines, i, entry.lastLine())).build());
            i = ConferenceLines.nextNonBlank(lines, entry.lastLine() + 1);
        }
        return records;
    }

    /** Index of the first label; navigation lines before it are skipped, entry text there is reported. */
    private static int firstLabel(SourceDocument doc) throws ParseException {
        List<String> lines = doc.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (ConferenceLines.isLabelAt(lines, i)) {
                return i;
            }
            String line = lines.get(i);
            if (ConferenceLines.isAuthorLineAt(lines, i) || ConferenceLines.isParagraph(line) || ConferenceLines.isRoom(line)) {
                throw doc.error(i + 1, unexpected(lines, i));
            }
        }
        return lines.size();
    }

    private static String unexpected(List<String> lines, int i) {
        String line = lines.get(i);
        if (ConferenceLines.isAuthorLineAt(lines, i)) {
            return "entry has no award label: expected a short label line such as 'Outstanding Paper' before its author line";
        }
        if (ConferenceLines.isLabel(line)) {
            return "award label " + ConferenceLines.quote(line) + " is not followed by an author line";
        }
        return "expected an award label line followed by an author line, found " + ConferenceLines.quote(line);
    }
}
