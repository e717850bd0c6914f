package dev.paperscope.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Test helpers for the structured-source parsers: fixtures, inline documents, the shared conference data, seed pages. */
final class StructuredFixtures {
    static final Path REPO = Path.of(System.getProperty("paperscope.repo", "."));

    private StructuredFixtures() {
    }

    static SourceDocument fixture(String name) throws ParseException {
        return SourceDocument.read(REPO.resolve("src/test/resources/fixtures").resolve(name));
    }

    static SourceDocument doc(String name, String text) throws ParseException {
        return SourceDocument.of(name, text.getBytes(UTF_8));
    }

    /** The real conference metadata in the development data; the calling test is skipped, saying so, when it is absent. */
    static Path conferenceData(String name) {
        return dev.paperscope.testing.DevData.conference(name);
    }

    static List<Path> seedPages() throws IOException {
        try (Stream<Path> files = Files.list(REPO.resolve("demo/seeds"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    static List<Parser> structuredParsers() {
        return List.of(new JsonLinesParser(), new JsonArrayParser(), new CsvTableParser(), new BibtexFileParser(), new ArxivAtomParser());
    }
}
