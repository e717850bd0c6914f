package dev.paperscope.bench;

import dev.paperscope.ingest.Formats;
import dev.paperscope.ingest.ParseException;
import dev.paperscope.ingest.SourceDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The inputs the fuzzer mutates: the head of every bundled demo page (the page formats) and the small
 * structured samples bundled under {@code fuzz/} (JSON Lines, JSON, CSV, BibTeX, Atom). Each seed's format
 * is the one detection gives it, so nothing here names a format per file.
 */
final class FuzzSeeds {
    /** A page's head: long enough to show its structure, short enough that thousands of parses stay cheap. */
    static final int PAGE_HEAD_CHARS = 12 * 1024;
    private static final List<String> STRUCTURED = List.of("corl2024.jsonl", "icml2023-sample.jsonl", "aistats2024.json",
            "uai2023.csv", "iclr2020-sample.csv", "colt-accents.bib", "arxiv-feed.xml");

    /** One seed: its detected format, a file name (its extension kept), and its bytes. */
    record Seed(String format, String name, byte[] bytes) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private FuzzSeeds() {
    }

    static List<Seed> load() {
        List<Seed> seeds = new ArrayList<>();
        for (String page : resource("demo/manifest.txt").lines().map(String::strip)
                // the manifest's pages: not its comments, nor its reference lists (structured seeds cover their format)
                .filter(s -> !s.isEmpty() && !s.startsWith("#") && !s.startsWith("reference ")).toList()) {
            seeds.add(seed(page, head(resource("demo/seeds/" + page))));
        }
        for (String name : STRUCTURED) {
            seeds.add(seed(name, resource("fuzz/" + name)));
        }
        seeds.sort(Comparator.comparing(Seed::format).thenComparing(Seed::name));
        return seeds;
    }

    /** The distinct formats of the seeds, in name order. */
    static List<String> formats(List<Seed> seeds) {
        return seeds.stream().map(Seed::format).distinct().sorted().toList();
    }

    private static Seed seed(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            Optional<String> format = Formats.detectName(SourceDocument.of(name, bytes));
            return new Seed(format.orElseThrow(() -> new IllegalStateException("fuzz seed " + name + " is of no detected format")),
                    name, bytes);
        } catch (ParseException e) {
            throw new IllegalStateException("fuzz seed " + name + " does not read: " + e.getMessage(), e);
        }
    }

    /** The first lines of a page up to about {@link #PAGE_HEAD_CHARS} characters. */
    private static String head(String page) {
        if (page.length() <= PAGE_HEAD_CHARS) {
            return page;
        }
        int end = page.lastIndexOf('\n', PAGE_HEAD_CHARS);
        return page.substring(0, end < 0 ? PAGE_HEAD_CHARS : end + 1);
    }

    private static String resource(String path) {
        try (InputStream in = FuzzSeeds.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("fuzz seed " + path + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
