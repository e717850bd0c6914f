package dev.paperscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The seed pages and the hand-written saved pages read as exactly the records they gave before the parsers
 * learned the shapes of other sites (ids, fields, provenance, derivations: {@code seed-records.golden.jsonl},
 * written by the parsers of that time). Only the date of "today" in a year inference is left out.
 */
class SeedRecordsUnchangedTest {
    private static final List<String> HTML = List.of("blog-tag-archive.html", "icml-orals.html", "icml-session.html",
            "neurips-awards-cp1252.html", "reading-list.html");

    @Test
    void seedAndFixturePagesGiveTheSameRecords() throws Exception {
        List<String> actual = new ArrayList<>();
        for (String seed : ConferencePages.SEEDS.stream().sorted().toList()) {
            records(SourceDocument.of(seed, Files.readAllBytes(ConferencePages.seedPath(seed))), actual);
        }
        for (String page : HTML) {
            records(HtmlFixturesTest.fixture(page), actual);
        }
        List<String> expected;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/html/seed-records.golden.jsonl")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        assertEquals(expected.size(), actual.size(), "record count");
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), "record " + i);
        }
    }

    private static void records(SourceDocument doc, List<String> out) throws ParseException, IOException {
        for (SourceRecord r : Formats.parse(doc, Optional.empty()).records()) {
            out.add(RecordJson.toJson(r).replaceAll("to today \\(\\d{4}-\\d{2}-\\d{2}\\)", "to today"));
        }
    }
}
