package dev.paperscope.ingest;

import static dev.paperscope.ingest.StructuredFixtures.fixture;
import static dev.paperscope.ingest.StructuredFixtures.structuredParsers;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Each structured format claims its own files and leaves the others, and the seed pages, alone. */
class StructuredDetectionTest {
    @ParameterizedTest
    @CsvSource({
            "corl2024.jsonl, jsonl",
            "icml2023-sample.jsonl, jsonl",
            "aistats2024.json, json",
            "uai2023.csv, csv",
            "iclr2020-sample.csv, csv",
            "colt-accents.bib, bibtex",
            "arxiv-feed.xml, arxiv-atom"})
    void eachFormatClaimsOnlyItsOwnFiles(String fixtureName, String format) throws Exception {
        SourceDocument doc = fixture(fixtureName);

        for (Parser parser : structuredParsers()) {
            double confidence = parser.detect(doc);
            if (parser.format().equals(format)) {
                assertThat(confidence).as("%s on %s", parser.format(), fixtureName).isGreaterThanOrEqualTo(0.8);
            } else {
                assertThat(confidence).as("%s on %s", parser.format(), fixtureName).isLessThan(0.5);
            }
        }
        assertThat(Formats.detectName(doc)).contains(format);
    }

    @ParameterizedTest
    @MethodSource("dev.paperscope.ingest.StructuredFixtures#seedPages")
    void noStructuredFormatClaimsASeedPage(Path page) throws Exception {
        SourceDocument doc = SourceDocument.read(page);

        for (Parser parser : structuredParsers()) {
            assertThat(parser.detect(doc)).as("%s on %s", parser.format(), page.getFileName()).isLessThan(0.5);
        }
    }
}
