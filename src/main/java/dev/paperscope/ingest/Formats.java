package dev.paperscope.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
            new JsonLinesParser(), new JsonArrayParser(), new CsvTableParser(), new BibtexFileParser(), new ArxivAtomParser(),
            // binary formats: only these read a binary document, and only they read it
            new PdfFormat()
    );

    private Formats() {
    }

    public static List<String> names() {
        return PARSERS.stream().map(Parser::format).sorted().toList();
    }

    /** True when {@code format}'s abstracts are summaries written about a paper, not its own abstract (see {@code Parser}). */
    public static boolean writesSummaries(String format) {
        return PARSERS.stream().anyMatch(p -> p.format().equals(format) && p.writesSummaries());
    }

    /** Parses with the named format, or with the detected one when {@code format} is empty. */
    public static ParsedFile parse(SourceDocument doc, Optional<String> format) throws ParseException {
        Parser parser = format.isPresent() ? byName(doc, format.get()) : detect(doc);
        List<SourceRecord> records = RecordIds.assign(guarded(parser, doc));
        if (records.isEmpty()) {
            throw doc.error(1, "no records found when read as " + parser.format());
        }
        List<ParseWarning> warnings = new ArrayList<>(UnfitValues.of(records));
        records = RecordBounds.apply(records, warnings);
        return new ParsedFile(parser.format(), records, warnings);
    }

    /**
     * The parser's records. Parsers report bad input as {@link ParseException}s with a line; anything else
     * escaping one (a library's runtime exception, a stack overflow on input nested deeper than a check
     * foresaw) is a bug, still reported as this file's error so that the file fails alone.
     */
    private static List<SourceRecord> guarded(Parser parser, SourceDocument doc) throws ParseException {
        try {
            return parser.parse(doc);
        } catch (RuntimeException | StackOverflowError e) {
            throw new ParseException(doc.fileName(), 1, UNEXPECTED + " reading it as " + parser.format() + " ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())) + ")", e);
        }
    }

    /** Starts the message of a parser failure that is a bug, not bad input (the fuzzing harness counts these as crashes). */
    public static final String UNEXPECTED = "unexpected parser failure (a bug, please report it)";

    private static String firstLine(String message) {
        String m = message.strip();
        int nl = m.indexOf('\n');
        m = nl < 0 ? m : m.substring(0, nl);
        return m.length() <= 200 ? m : m.substring(0, 200) + "…";
    }

    /** The detected format's name, or empty when no format is confident enough. */
    public static Optional<String> detectName(SourceDocument doc) {
        return bestGuess(doc).filter(g -> g.confidence >= MIN_CONFIDENCE).map(g -> g.parser.format());
    }

    private static Parser byName(SourceDocument doc, String name) throws ParseException {
        Parser parser = PARSERS.stream().filter(p -> p.format().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> doc.error(1, "unknown format '" + name + "'; known formats: " + String.join(", ", names())));
        if (doc.isPdf() && !(parser instanceof PdfFormat)) {
            throw ParseException.ofFile(doc.fileName(), "a PDF file cannot be read as " + parser.format() + "; leave out --format or name pdf", null);
        }
        return parser;
    }

    private static Parser detect(SourceDocument doc) throws ParseException {
        Optional<Guess> best = bestGuess(doc);
        if (best.isPresent() && best.get().confidence >= MIN_CONFIDENCE) {
            return best.get().parser;
        }
        String known = "; name it with --format, one of: " + String.join(", ", names());
        if (best.isEmpty()) {
            throw doc.error(1, "cannot tell which format this file is" + known);
        }
        String closest = " (closest: " + best.get().parser.format() + String.format(Locale.ROOT, " at %.2f", best.get().confidence);
        try {
            guarded(best.get().parser, doc);
        } catch (ParseException damaged) {
            // Most likely a damaged file of that format: its first error, at its line, says what to mend.
            throw new ParseException(doc.fileName(), damaged.line(), "cannot tell which format this file is" + closest
                    + ", which fails here: " + firstLine(damaged.problem()) + ")" + known, damaged);
        }
        throw doc.error(1, "cannot tell which format this file is" + closest + ")" + known);
    }

    private static Optional<Guess> bestGuess(SourceDocument doc) {
        SourceDocument head = doc.head(DETECTION_LINES, DETECTION_CHARS);
        return PARSERS.stream()
                .filter(p -> doc.isPdf() == p instanceof PdfFormat)
                .map(p -> new Guess(p, p.detect(head)))
                .filter(g -> g.confidence > 0)
                .max(Comparator.comparingDouble((Guess g) -> g.confidence).thenComparing(g -> g.parser.format(), Comparator.reverseOrder()));
    }

    private record Guess(Parser parser, double confidence) {
    }

    /** The records of one file, the format that read them, and what was read but not as written. */
    public record ParsedFile(String format, List<SourceRecord> records, List<ParseWarning> warnings) {
        public ParsedFile {
            records = List.copyOf(records);
            warnings = List.copyOf(warnings);
        }

        public ParsedFile(String format, List<SourceRecord> records) {
            this(format, records, List.of());
        }
    }
}
