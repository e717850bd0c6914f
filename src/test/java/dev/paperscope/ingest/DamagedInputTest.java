package dev.paperscope.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Damaged and hostile input (issue 13, items 4 and 5): detection sees through one bad line and reports the
 * real error; values that do not fit a field, and fields longer than the index can take, are warnings with
 * file:line; nesting and decompression are bounded.
 */
class DamagedInputTest {
    private static final String GOOD = "{\"title\": \"Sparse Attention\", \"authors\": [\"Ada Lovelace\"], \"year\": 2023}";

    private static SourceDocument doc(String name, String text) throws ParseException {
        return SourceDocument.of(name, text.getBytes(UTF_8));
    }

    @Test
    void oneBrokenJsonLineIsStillJsonLinesAndFailsWithItsLine() throws Exception {
        SourceDocument doc = doc("broken.jsonl", GOOD + "\n{\"title\": \"Broken\", \"year\": 20\n" + GOOD.replace("Sparse", "Dense") + "\n");
        assertThat(Formats.detectName(doc)).contains("jsonl");
        assertThatThrownBy(() -> Formats.parse(doc, Optional.empty()))
                .isInstanceOf(ParseException.class).hasMessageStartingWith("broken.jsonl:2: broken JSON at column");
    }

    @Test
    void anUndetectableFileNamesTheErrorOfTheClosestFormatWithItsLine() throws Exception {
        SourceDocument doc = doc("mostly-broken.jsonl", GOOD + "\nnot json at all\nnor this\n");
        assertThat(Formats.detectName(doc)).isEmpty();
        assertThatThrownBy(() -> Formats.parse(doc, Optional.empty()))
                .hasMessageStartingWith("mostly-broken.jsonl:2: cannot tell which format this file is (closest: jsonl")
                .hasMessageContaining("broken JSON");
    }

    @Test
    void aPdfIsNotCalledInvalidUtf8() throws ParseException {
        byte[] pdf = "%PDF-1.5\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        SourceDocument doc = SourceDocument.of("paper.pdf", pdf);
        assertThat(doc.isPdf()).isTrue();
        assertThat(Formats.detectName(doc)).contains("pdf");
        assertThatThrownBy(() -> Formats.parse(doc, Optional.empty()))
                .isInstanceOf(ParseException.class)
                .hasMessageStartingWith("paper.pdf: not a readable PDF: ")
                .hasMessageNotContaining("UTF-8");
    }

    @Test
    void binaryKindsAreNamed() {
        assertThat(SourceDocument.binaryKind(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0})).contains("a PNG image");
        assertThat(SourceDocument.binaryKind("%PDF-1.7\n".getBytes(UTF_8))).contains("a PDF file");
        assertThat(SourceDocument.binaryKind(new byte[] {'a', 'b', 0, 'c'})).contains("a binary file");
        assertThat(SourceDocument.binaryKind("plain text\n".getBytes(UTF_8))).isEmpty();
        assertThat(SourceDocument.binaryKind("Ren\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))).isEmpty();
    }

    /** A spreadsheet's "Unicode text" is UTF-16 with a byte-order mark: text, not "a binary file", and the error says what to do. */
    @Test
    void utf16TextIsNotCalledBinaryAndFailsSayingSaveAsUtf8() {
        byte[] little = "\uFEFFtitle,authors\nA Paper,Jane Roe\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        byte[] big = "\uFEFFtitle,authors\nA Paper,Jane Roe\n".getBytes(java.nio.charset.StandardCharsets.UTF_16BE);

        assertThat(SourceDocument.binaryKind(little)).isEmpty();
        assertThat(SourceDocument.binaryKind(big)).isEmpty();
        assertThatThrownBy(() -> SourceDocument.of("excel.csv", little))
                .hasMessage("excel.csv:1: UTF-16 text (byte-order mark FF FE), which Paperscope does not read; save the file as UTF-8");
        assertThatThrownBy(() -> SourceDocument.of("mac.csv", big))
                .hasMessage("mac.csv:1: UTF-16 text (byte-order mark FE FF), which Paperscope does not read; save the file as UTF-8");
    }

    @Test
    void valuesThatDoNotFitAFieldAreWarningsWithFileAndLine() throws Exception {
        SourceDocument doc = doc("odd.jsonl", GOOD + "\n"
                + "{\"title\": \"Odd Year\", \"year\": \"twenty\", \"start\": \"not a time\", \"end\": 7}\n");
        Formats.ParsedFile parsed = Formats.parse(doc, Optional.empty());
        assertThat(parsed.records()).hasSize(2);
        assertThat(parsed.records().get(1).year()).isNull();
        assertThat(parsed.records().get(1).start()).isNull();
        assertThat(parsed.warnings()).extracting(Object::toString).containsExactly(
                "odd.jsonl:2: end '7' is not an ISO 8601 time; kept as extra.end, the record has no end",
                "odd.jsonl:2: start 'not a time' is not an ISO 8601 time; kept as extra.start, the record has no start",
                "odd.jsonl:2: year 'twenty' is not a year; kept as extra.year, the record has no year");
    }

    @Test
    void anImplausibleYearIsAWarningNotAFailedFile() throws Exception {
        SourceDocument doc = doc("far.jsonl", "{\"title\": \"Far Future\", \"year\": 3024}\n");
        Formats.ParsedFile parsed = Formats.parse(doc, Optional.empty());
        assertThat(parsed.records().getFirst().year()).isNull();
        assertThat(parsed.warnings()).extracting(Object::toString)
                .containsExactly("far.jsonl:1: year '3024' is not a year; kept as extra.year, the record has no year");
    }

    @Test
    void aBrokenCsvRowNamesOneLine() throws Exception {
        SourceDocument doc = doc("bad.csv", "title,authors\n\"Good\",\"Ada Lovelace\"\n\"Bad\" x,\"Alan Turing\"\n");
        assertThatThrownBy(() -> Formats.parse(doc, Optional.of("csv")))
                .hasMessageStartingWith("bad.csv:3: broken CSV row")
                .satisfies(e -> assertThat(e.getMessage().replaceFirst("^bad\\.csv:3:", "")).doesNotContainPattern("line\\s*:?\\s*\\d"));
    }

    @Test
    void anUnclosedCsvQuoteNamesOneLine() throws Exception {
        SourceDocument doc = doc("open.csv", "title,authors\n\"Good\",\"Ada Lovelace\"\n\"Open,\"Alan Turing\n");
        assertThatThrownBy(() -> Formats.parse(doc, Optional.of("csv")))
                .hasMessageStartingWith("open.csv:3: broken CSV row")
                .satisfies(e -> assertThat(e.getMessage().replaceFirst("^open\\.csv:3:", "")).doesNotContainPattern("line\\s*:?\\s*\\d"));
    }

    @Test
    void anOverlongVenueIsCutWithAWarning() throws Exception {
        String venue = "V".repeat(33_000);
        SourceDocument doc = doc("long.jsonl", GOOD + "\n{\"title\": \"Long Venue\", \"venue\": \"" + venue + "\"}\n");
        Formats.ParsedFile parsed = Formats.parse(doc, Optional.empty());
        SourceRecord r = parsed.records().get(1);
        assertThat(r.venue()).hasSize(RecordBounds.MAX_SHORT_FIELD_CHARS);
        assertThat(r.derived()).anySatisfy(d -> assertThat(d.field()).isEqualTo("venue"));
        assertThat(parsed.warnings()).extracting(Object::toString).containsExactly(
                "long.jsonl:2: venue is 33000 characters, more than the limit of " + RecordBounds.MAX_SHORT_FIELD_CHARS + "; cut to the limit");
    }

    @Test
    void anOverlongRoomLineOnAPageIsCutWithAWarning() throws Exception {
        String page = Files.readString(ConferencePages.seedPath(ConferencePages.ORALS));
        int room = page.indexOf("[ ");
        org.junit.jupiter.api.Assumptions.assumeTrue(room >= 0, "the oral page has a room line");
        int end = page.indexOf(" ]", room);
        String damaged = page.substring(0, room + 2) + "R".repeat(40_000) + page.substring(end);
        Formats.ParsedFile parsed = Formats.parse(doc("orals.txt", damaged), Optional.of("oral-listing"));
        assertThat(parsed.records()).allSatisfy(r -> assertThat(r.room() == null ? 0 : r.room().length())
                .isLessThanOrEqualTo(RecordBounds.MAX_SHORT_FIELD_CHARS));
        assertThat(parsed.warnings()).singleElement().asString().matches("orals\\.txt:\\d+: room is 4000\\d characters.*");
    }

    @Test
    void aHugeAuthorListIsCutWithAWarning() throws Exception {
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            names.add("\"Author" + i + " Person" + i + "\"");
        }
        SourceDocument doc = doc("crowd.jsonl", "{\"title\": \"Big Science\", \"authors\": [" + String.join(",", names) + "]}\n");
        Formats.ParsedFile parsed = Formats.parse(doc, Optional.empty());
        assertThat(parsed.records().getFirst().authors()).hasSize(RecordBounds.MAX_AUTHORS);
        assertThat(parsed.warnings()).extracting(Object::toString).containsExactly(
                "crowd.jsonl:1: 20000 authors, more than the limit of " + RecordBounds.MAX_AUTHORS + "; the first "
                        + RecordBounds.MAX_AUTHORS + " are kept");
    }

    @Test
    void deeplyNestedBibtexBracesFailWithTheEntryLine() throws Exception {
        String deep = "{".repeat(5_000) + "x" + "}".repeat(5_000);
        SourceDocument doc = doc("deep.bib", "@article{ok, title={Fine}, author={Ada Lovelace}}\n\n@article{deep,\n  title = "
                + deep + ",\n  author = {Alan Turing}\n}\n");
        assertThat(Formats.detectName(doc)).contains("bibtex");
        assertThatThrownBy(() -> Formats.parse(doc, Optional.empty()))
                .isInstanceOf(ParseException.class)
                .hasMessageStartingWith("deep.bib:4: braces nested more than 100 deep in the entry that begins at line 3");
    }

    @Test
    void deeplyNestedJsonFailsWithItsLine() throws Exception {
        String deep = "[".repeat(5_000) + "]".repeat(5_000);
        SourceDocument doc = doc("deep.jsonl", GOOD + "\n{\"title\": \"Deep\", \"extra\": " + deep + "}\n");
        assertThatThrownBy(() -> Formats.parse(doc, Optional.of("jsonl")))
                .isInstanceOf(ParseException.class).hasMessageStartingWith("deep.jsonl:2: broken JSON");
    }

    @Test
    void aGzipBombIsRefusedBeforeItFillsMemory() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            byte[] line = (GOOD + "\n").getBytes(UTF_8);
            long written = 0;
            while (written <= SourceDocument.MAX_TEXT_BYTES) {
                gz.write(line);
                written += line.length;
            }
        }
        assertThat(bytes.size()).isLessThan(SourceDocument.MAX_TEXT_BYTES / 50);
        assertThatThrownBy(() -> SourceDocument.of("bomb.jsonl.gz", bytes.toByteArray()))
                .isInstanceOf(ParseException.class)
                .hasMessageStartingWith("bomb.jsonl.gz:")
                .hasMessageContaining("expands to more than the limit of " + SourceDocument.MAX_TEXT_BYTES);
    }

    @Test
    void atomRefusesExternalEntitiesAndEntityExpansion() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>&x;</title></entry></feed>\n";
        String lol = "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>&c;</title></entry></feed>\n";
        for (String feed : List.of(xxe, lol)) {
            assertThatThrownBy(() -> Formats.parse(doc("feed.xml", feed), Optional.of("arxiv-atom")))
                    .isInstanceOf(ParseException.class).hasMessageStartingWith("feed.xml:2:")
                    .hasMessageNotContaining("root:");
        }
    }

    @Test
    void boundsLeaveOrdinaryRecordsAlone() throws Exception {
        Formats.ParsedFile parsed = Formats.parse(StructuredFixtures.fixture("corl2024.jsonl"), Optional.empty());
        assertThat(parsed.warnings()).allSatisfy(w -> assertThat(w.toString()).doesNotContain("limit"));
        assertThat(Collections.frequency(parsed.records().stream().map(r -> r.derived().stream()
                .anyMatch(d -> d.reason().contains("limit"))).toList(), true)).isZero();
    }

    static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        }
        return out.toByteArray();
    }
}
