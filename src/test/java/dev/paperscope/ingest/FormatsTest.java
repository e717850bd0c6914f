package dev.paperscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The registry as a whole: every seed page and data file is detected as its own format, and bad input fails clearly in every format. */
class FormatsTest {
    private static final Path REPO = Path.of(System.getProperty("paperscope.repo", "."));

    @ParameterizedTest
    @CsvSource({
            "demo/seeds/000_3a5399ae039ce1ad.txt, blog-archive, 187",
            "demo/seeds/001_3c21371b35a751cd.txt, reading-list, 276",
            "demo/seeds/002_3526288c33920918.txt, oral-listing, 155",
            "demo/seeds/003_6c61cf4d2baeb404.txt, award-listing, 15",
            "demo/seeds/004_d2faed4b193087f1.txt, session-schedule, 15"})
    void everySeedPageIsDetectedAndParsedAsItsFormat(String file, String format, int records) throws Exception {
        SourceDocument doc = SourceDocument.read(REPO.resolve(file));
        assertThat(Formats.detectName(doc)).contains(format);
        Formats.ParsedFile parsed = Formats.parse(doc, Optional.empty());
        assertThat(parsed.format()).isEqualTo(format);
        assertThat(parsed.records()).hasSize(records);
        assertThat(parsed.records()).allSatisfy(r -> {
            assertThat(r.source().file()).isEqualTo(doc.fileName());
            assertThat(r.source().sha256()).isEqualTo(doc.sha256());
            assertThat(r.source().format()).isEqualTo(format);
            assertThat(r.raw()).isNotBlank();
        });
        assertThat(parsed.records().stream().map(SourceRecord::id).distinct()).hasSize(records);
    }

    @ParameterizedTest
    @CsvSource({
            "neurips2023.jsonl.gz, jsonl", "neurips2022_titles_authors.jsonl, jsonl", "icml2023_openreview.jsonl, jsonl",
            "iclr2020_miniconf.jsonl, jsonl", "iclr2020_miniconf_papers.csv, csv"})
    void conferenceDataIsDetected(String file, String format) throws Exception {
        Path path = dev.paperscope.testing.DevData.conference(file);
        assertThat(Formats.detectName(SourceDocument.read(path))).contains(format);
    }

    static Stream<String> formats() {
        return Formats.names().stream();
    }

    @ParameterizedTest
    @MethodSource("formats")
    void badBytesFailWithFileAndLineInEveryFormat(String format) {
        assertFails(format, new byte[0], "bad.txt:1: file is empty");
        assertFails(format, "   \n\n ".getBytes(StandardCharsets.UTF_8), "bad.txt:1: file holds only whitespace");
        assertFails(format, new byte[] {'a', '\n', 'b', 0, 'c'}, "bad.txt:2: binary content");
        byte[] latin1 = "Title\nAuthors: Ren\u00e9 Vidal\n".getBytes(StandardCharsets.ISO_8859_1);
        assertFails(format, latin1, "bad.txt:2: not valid UTF-8");
        byte[] longLine = ("ok\n" + "x".repeat(SourceDocument.MAX_LINE_CHARS + 1) + "\n").getBytes(StandardCharsets.UTF_8);
        assertFails(format, longLine, "bad.txt:2: line is 1000001 characters long");
    }

    private static void assertFails(String format, byte[] bytes, String message) {
        assertThatThrownBy(() -> Formats.parse(SourceDocument.of("bad.txt", bytes), Optional.of(format)))
                .as(format).isInstanceOf(ParseException.class).hasMessageStartingWith(message);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void textOfNoKnownShapeGivesNoRecordsOrAnErrorWithALine(String format) {
        byte[] prose = "Dear diary,\nit rained all day and nothing happened.\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Formats.parse(SourceDocument.of("prose.txt", prose), Optional.of(format)))
                .as(format).isInstanceOf(ParseException.class).hasMessageStartingWith("prose.txt:");
    }

    @Test
    void undetectableFileAsksForAFormat() throws Exception {
        SourceDocument doc = SourceDocument.of("notes.txt", "Dear diary,\nit rained.\n".getBytes(StandardCharsets.UTF_8));
        assertThat(Formats.detectName(doc)).isEmpty();
        assertThatThrownBy(() -> Formats.parse(doc, Optional.empty()))
                .hasMessageStartingWith("notes.txt:1: cannot tell which format this file is")
                .hasMessageContaining("--format");
    }

    @Test
    void unknownFormatNameIsRefused() throws IOException, ParseException {
        SourceDocument doc = SourceDocument.of("a.txt", "x\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Formats.parse(doc, Optional.of("docx"))).hasMessageContaining("unknown format 'docx'");
    }
}
