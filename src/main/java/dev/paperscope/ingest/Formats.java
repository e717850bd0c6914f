package dev.paperscope.ingest;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The registry of formats: detection by structure, explicit choice by name, and parsing. Thread-safe. */
public final class Formats {
    /** Below this confidence a guess is not acted on; the user is asked to name the format. */
    static final double MIN_CONFIDENCE = 0.5;
    /** Detection reads this much at most: a page's structure shows long before its end. */
    static final int DETECTION_LINES = 1_000;
    static final int DETECTION_CHARS = 64 * 1024;

    private static final List<Parser> PARSERS = List.of(
            // page formats
            new OralListingParser(), new AwardListingParser(), new SessionScheduleParser(),
            new BlogArchiveParser(), new ReadingListParser(),
            // structured formats
            new JsonLinesParser(), new JsonArrayParser(), new CsvTableParser(), new BibtexFileParser(), new ArxivAtomParser()
    );

    private Formats() {
    }

    public static List<String> names() {
        return PARSERS.stream().map(Parser::format).sorted().toList();
    }

    /** Parses with the named format, or with the detected one when {@code format} is empty. */
    public static ParsedFile parse(SourceDocument doc, Optional<String> format) throws ParseException {
        Parser parser = format.isPresent() ? byName(doc, format.get()) : detect(doc);
        List<SourceRecord> records = RecordIds.assign(parser.parse(doc));
        if (records.isEmpty()) {
            throw doc.error(1, "no records found when read as " + parser.format());
        }
        return new ParsedFile(parser.format(), records);
    }

    /** The detected format's name, or empty when no format is confident enough. */
    public static Optional<String> detectName(SourceDocument doc) {
        return bestGuess(doc).filter(g -> g.confidence >= MIN_CONFIDENCE).map(g -> g.parser.format());
    }

    private static Parser byName(SourceDocument doc, String name) throws ParseException {
        return PARSERS.stream().filter(p -> p.format().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> doc.error(1, "unknown format '" + name + "'; known formats: " + String.join(", ", names())));
    }

    private static Parser detect(SourceDocument doc) throws ParseException {
        Optional<Guess> best = bestGuess(doc);
        if (best.isPresent() && best.get().confidence >= MIN_CONFIDENCE) {
            return best.get().parser;
        }
        String hint = best.map(g -> " (closest: " + g.parser.format() + String.format(" at %.2f", g.confidence) + ")").orElse("");
        throw doc.error(1, "cannot tell which format this file is" + hint + "; name it with --format, one of: "
                + String.join(", ", names()));
    }

    private static Optional<Guess> bestGuess(SourceDocument doc) {
        SourceDocument head = doc.head(DETECTION_LINES, DETECTION_CHARS);
        return PARSERS.stream()
                .map(p -> new Guess(p, p.detect(head)))
                .filter(g -> g.confidence > 0)
                .max(Comparator.comparingDouble((Guess g) -> g.confidence).thenComparing(g -> g.parser.format(), Comparator.reverseOrder()));
    }

    private record Guess(Parser parser, double confidence) {
    }

    /** The records of one file and the format that read them. */
    public record ParsedFile(String format, List<SourceRecord> records) {
        public ParsedFile {
            records = List.copyOf(records);
        }
    }
}
