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

/**
 * The inputs the fuzzer mutates: the head of every bundled demo page (the page formats), the small
 * structured samples bundled under {@code fuzz/} (JSON Lines, JSON, CSV, BibTeX, Atom), saved HTML pages
 * of the page formats and a PDF. Each seed's format is the one detection gives it, so nothing here names
 * a format per file; saved HTML seeds are fuzzed as their own group ({@code FORMAT-html}), because their
 * bytes go through the HTML rendering first.
 */
final class FuzzSeeds {
    /** A page's head: long enough to show its structure, short enough that thousands of parses stay cheap. */
    static final int PAGE_HEAD_CHARS = 12 * 1024;
    private static final List<String> STRUCTURED = List.of("corl2024.jsonl", "icml2023-sample.jsonl", "aistats2024.json",
            "uai2023.csv", "iclr2020-sample.csv", "colt-accents.bib", "arxiv-feed.xml", "icml-orals.html",
            "neurips-awards-cp1252.html", "reading-list.html", "neurips_like.pdf");

    /**
     * One seed: the group it is fuzzed and counted in, its detected format, a file name (its extension kept),
     * and its bytes.
     */
    record Seed(String group, String format, String name, byte[] bytes) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private FuzzSeeds() {
    }

    static List<Seed> load() {
        List<Seed> seeds = new ArrayList<>();
        for (String page : new String(resource("demo/manifest.txt"), StandardCharsets.UTF_8).lines().map(String::strip)
                // the manifest's pages: not its comments, nor its reference lists (structured seeds cover their format)
                .filter(s -> !s.isEmpty() && !s.startsWith("#") && !s.startsWith("reference ")).toList()) {
            seeds.add(seed(page, head(new String(resource("demo/seeds/" + page), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)));
        }
        for (String name : STRUCTURED) {
            seeds.add(seed(name, resource("fuzz/" + name)));
        }
        seeds.sort(Comparator.comparing(Seed::group).thenComparing(Seed::name));
        return seeds;
    }

    /** The distinct groups of the seeds, in name order. */
    static List<String> groups(List<Seed> seeds) {
        return seeds.stream().map(Seed::group).distinct().sorted().toList();
    }

    private static Seed seed(String name, byte[] bytes) {
        try {
            SourceDocument doc = SourceDocument.of(name, bytes);
            String format = Formats.detectName(doc).orElseThrow(() -> new IllegalStateException("fuzz seed " + name + " is of no detected format"));
            String group = doc.isHtml() && !format.equals("html") ? format + "-html" : format;
            return new Seed(group, format, name, bytes);
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

    private static byte[] resource(String path) {
        try (InputStream in = FuzzSeeds.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("fuzz seed " + path + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
