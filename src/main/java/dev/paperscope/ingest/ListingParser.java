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
        ListingShape shape = ListingShape.of(doc.lines());
        double untitled = detect(shape);
        if (shape.slots() > 0) {
            return untitled;
        }
        if (TimedRows.fits(doc.lines())) {
            return Math.max(untitled, detectTimed());
        }
        TitledListing.Shape titled = TitledListing.of(doc.lines());
        return titled.fits() ? Math.max(untitled, detectTitled(titled)) : untitled;
    }

    /** How well a schedule of times under date headings ({@link TimedRows}) fits the format; 0 by default. */
    double detectTimed() {
        return 0;
    }

    /** How well a listing with titles ({@link TitledListing}) fits the format; 0 by default. */
    double detectTitled(TitledListing.Shape shape) {
        return 0;
    }

    /**
     * The page as a listing with titles, when it is one and reads better so than as the untitled listing (a page
     * the untitled shape fits is read as before); empty otherwise.
     */
    java.util.Optional<TitledListing.Shape> titled(SourceDocument doc) {
        ListingShape shape = ListingShape.of(doc.lines());
        if (shape.slots() > 0 || TimedRows.fits(doc.lines())) {
            return java.util.Optional.empty();
        }
        TitledListing.Shape titled = TitledListing.of(doc.lines());
        return titled.fits() && detectTitled(titled) > detect(shape) ? java.util.Optional.of(titled) : java.util.Optional.empty();
    }

    /** How well a page of this shape fits the format, from 0 (not at all) to 1. */
    abstract double detect(ListingShape shape);
}
