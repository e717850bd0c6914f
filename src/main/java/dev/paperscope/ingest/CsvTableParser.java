package dev.paperscope.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A table with a header row: comma-, tab- or semicolon-separated (the delimiter is the one that gives the
 * header a title-like column and every row the header's width), RFC 4180 quoting, quoted fields may span
 * lines. A record's line is the line its row starts on; a row of the wrong width or an unterminated quote
 * fails at the row's line.
 */
final class CsvTableParser implements Parser {
    static final String FORMAT = "csv";
    private static final char[] DELIMITERS = {',', '\t', ';'};
    private static final int DETECT_SAMPLE_ROWS = 200;

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public double detect(SourceDocument doc) {
        double best = 0;
        for (char delimiter : DELIMITERS) {
            best = Math.max(best, detect(doc, delimiter));
        }
        return best;
    }

    /**
     * Needs a header of two or more columns, one of them title-, author- or abstract-like; then scores the
     * share of sampled rows as wide as the header. A broken row ends the sample rather than the guess, so
     * that parsing can report it with its line.
     */
    private static double detect(SourceDocument doc, char delimiter) {
        try (CSVParser csv = CSVParser.parse(doc.text(), format(delimiter))) {
            Iterator<CSVRecord> rows = csv.iterator();
            List<String> header = rows.hasNext() ? rows.next().toList() : List.of();
            if (header.size() < 2 || header.stream().noneMatch(StructuredFields::isRecordField)) {
                return 0;
            }
            int sampled = 0;
            int matching = 0;
            try {
                while (sampled < DETECT_SAMPLE_ROWS && rows.hasNext()) {
                    sampled++;
                    matching += rows.next().size() == header.size() ? 1 : 0;
                }
            } catch (UncheckedIOException brokenRow) {
                // scored on the rows before it
            }
            return sampled == 0 ? 0.5 : 0.95 * matching / sampled;
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    private static CSVFormat format(char delimiter) {
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
    }

    @Override
    public List<SourceRecord> parse(SourceDocument doc) throws ParseException {
        char delimiter = bestDelimiter(doc).orElseThrow(() -> doc.error(1,
                "no header row found: expected a first row of column names, one of them a title, authors or abstract column"));
        List<CSVRecord> rows = readRows(doc, delimiter);
        LineIndex index = new LineIndex(doc.text());
        List<String> header = rows.getFirst().toList();
        List<SourceRecord> records = new ArrayList<>(rows.size());
        for (int i = 1; i < rows.size(); i++) {
            long end = i + 1 < rows.size() ? rows.get(i + 1).getCharacterPosition() : doc.text().length();
            records.add(toRecord(doc, index, header, rows.get(i), end));
        }
        return records;
    }

    /**
     * All rows, header first. commons-csv reports a broken row (an unterminated quote, text after a closing
     * quote) by throwing from its iterator; that row begins on the first non-blank line after the previous
     * row, which is the line to name.
     */
    private static List<CSVRecord> readRows(SourceDocument doc, char delimiter) throws ParseException {
        List<CSVRecord> rows = new ArrayList<>();
        try (CSVParser csv = CSVParser.parse(doc.text(), format(delimiter))) {
            Iterator<CSVRecord> it = csv.iterator();
            while (true) {
                int rowLine = firstNonBlankLine(doc, (int) csv.getCurrentLineNumber() + 1);
                try {
                    if (!it.hasNext()) {
                        return rows;
                    }
                    rows.add(it.next());
                } catch (UncheckedIOException e) {
                    throw new ParseException(doc.fileName(), rowLine, "broken CSV row: " + withoutLines(e.getCause().getMessage()), e.getCause());
                }
            }
        } catch (IOException e) {
            throw new ParseException(doc.fileName(), 1, "cannot read CSV: " + e.getMessage(), e);
        }
    }

    /** commons-csv's message names its own line (where it noticed, not where the row starts): one line number is enough. */
    static String withoutLines(String message) {
        return LIBRARY_LINES.matcher(String.valueOf(message)).replaceAll("").strip();
    }

    private static final Pattern LIBRARY_LINES = Pattern.compile(
            "\\s*(?:\\(startline [\\d,]+\\)|\\(line [\\d,]+\\)|,?\\s*at line:?\\s*[\\d,]+(?:,\\s*position:?\\s*[\\d,]+)?)");

    private static int firstNonBlankLine(SourceDocument doc, int line) {
        int n = line;
        while (n <= doc.lines().size() && doc.lines().get(n - 1).isBlank()) {
            n++;
        }
        return Math.min(n, Math.max(1, doc.lines().size()));
    }

    private static Optional<Character> bestDelimiter(SourceDocument doc) {
        Character best = null;
        double bestScore = 0;
        for (char delimiter : DELIMITERS) {
            double score = detect(doc, delimiter);
            if (score > bestScore) {
                best = delimiter;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    private static SourceRecord toRecord(SourceDocument doc, LineIndex index, List<String> header, CSVRecord row, long rowEnd)
            throws ParseException {
        int line = index.lineOf(row.getCharacterPosition());
        if (row.size() != header.size()) {
            throw doc.error(line, "row has " + row.size() + " fields but the header has " + header.size());
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            // A repeated column name keeps every value: the later ones under a numbered name.
            String name = fields.containsKey(header.get(i)) ? header.get(i) + "#" + (i + 1) : header.get(i);
            // A quoted cell spanning lines keeps the file's CRLF line ends; they are layout, as in raw.
            fields.put(name, row.get(i).replace("\r\n", "\n"));
        }
        return StructuredFields.toRecord(doc, FORMAT, line, index.slice(row.getCharacterPosition(), rowEnd), fields);
    }
}
