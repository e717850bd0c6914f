package dev.paperscope.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Fixtures for the conference-page parser tests: the seed pages and small documents of other formats. */
final class ConferencePages {
    static final String ORALS = "002_3526288c33920918.txt";
    static final String AWARDS = "003_6c61cf4d2baeb404.txt";
    static final String SCHEDULE = "004_d2faed4b193087f1.txt";
    static final List<String> SEEDS = List.of("000_3a5399ae039ce1ad.txt", "001_3c21371b35a751cd.txt", ORALS, AWARDS, SCHEDULE);

    static final String JSON = """
            [{"title": "Attention Is All You Need", "authors": ["Ashish Vaswani", "Noam Shazeer"], "year": 2017},
             {"title": "Imagen", "authors": ["Chitwan Saharia · William Chan"], "abstract": "We present Imagen."}]
            """;
    static final String CSV = """
            title,authors,venue,year
            "Attention Is All You Need","Ashish Vaswani · Noam Shazeer",NeurIPS,2017
            "Photorealistic Text-to-Image Diffusion Models","Chitwan Saharia · William Chan",NeurIPS,2022
            """;
    static final String BIBTEX = """
            @inproceedings{vaswani2017,
              title = {Attention Is All You Need},
              author = {Vaswani, Ashish and Shazeer, Noam},
              booktitle = {NeurIPS},
              year = {2017}
            }
            """;

    private ConferencePages() {
    }

    static Path seedPath(String name) {
        return Path.of(System.getProperty("paperscope.repo", ".")).resolve("demo/seeds").resolve(name);
    }

    static SourceDocument seed(String name) throws ParseException {
        try {
            return SourceDocument.of(name, Files.readAllBytes(seedPath(name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> seedLines(String name) {
        try {
            return Files.readAllLines(seedPath(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SourceDocument page(String name, String text) throws ParseException {
        return SourceDocument.of(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The seed pages other than {@code own}, then JSON, CSV and BibTeX documents. */
    static Stream<SourceDocument> othersThan(String own) throws ParseException {
        Stream.Builder<SourceDocument> docs = Stream.builder();
        for (String name : SEEDS) {
            if (!name.equals(own)) {
                docs.add(seed(name));
            }
        }
        docs.add(page("papers.json", JSON)).add(page("papers.csv", CSV)).add(page("papers.bib", BIBTEX));
        return docs.build();
    }

    static SourceRecord atLine(List<SourceRecord> records, int line) {
        return records.stream().filter(r -> r.source().line() == line).findFirst()
                .orElseThrow(() -> new AssertionError("no record starts at line " + line));
    }
}
