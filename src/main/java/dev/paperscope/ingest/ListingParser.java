package dev.paperscope.ingest;

/**
 * A parser of one of the three conference page kinds (session schedule, oral listing, award listing):
 * they look alike, so each detects its kind from the same {@link ListingShape} of the page.
 */
abstract class ListingParser implements Parser {
    private final String format;

    ListingParser(String format) {
        this.format = format;
    }

    @Override
    public final String format() {
        return format;
    }

    @Override
    public final double detect(SourceDocument doc) {
        return detect(ListingShape.of(doc.lines()));
    }

    /** How well a page of this shape fits the format, from 0 (not at all) to 1. */
    abstract double detect(ListingShape shape);
}
