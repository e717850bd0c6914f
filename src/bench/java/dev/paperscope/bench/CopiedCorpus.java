package dev.paperscope.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A corpus repeated until it reaches a size: copy {@code c} of {@code papers.jsonl} is the file
 * {@code cNN-papers.jsonl}, byte for byte. Record ids come from the file name and content, so every copy's
 * records get distinct ids while the text (and so BM25's work per document) stays real.
 */
final class CopiedCorpus {
    private static final Pattern COPY = Pattern.compile("^c(\\d{2,})-");

    private CopiedCorpus() {
    }

    /** The metadata files of a corpus folder, sorted by name. */
    static List<Path> files(Path corpus) {
        if (!Files.isDirectory(corpus)) {
            throw new IllegalArgumentException("benchmark corpus folder not found: " + corpus);
        }
        try (Stream<Path> s = Files.list(corpus)) {
            List<Path> files = s.filter(p -> p.toString().matches(".*\\.(jsonl|jsonl\\.gz|json|csv)$"))
                    .sorted(Comparator.comparing(Path::toString)).toList();
            if (files.isEmpty()) {
                throw new IllegalArgumentException("no .jsonl, .jsonl.gz, .json or .csv files in " + corpus);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + corpus, e);
        }
    }

    /** Writes {@code copies} copies of {@code files} into {@code target}; returns them in ingest order. */
    static List<Path> write(List<Path> files, int copies, Path target) {
        if (copies < 1 || copies > 999) {
            throw new IllegalArgumentException("copies must be within 1..999, not " + copies);
        }
        List<Path> out = new ArrayList<>();
        try {
            Files.createDirectories(target);
            for (int c = 0; c < copies; c++) {
                for (Path f : files) {
                    Path copy = target.resolve(String.format("c%02d-%s", c, f.getFileName()));
                    Files.copy(f, copy);
                    out.add(copy);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the copied corpus into " + target, e);
        }
    }

    /** Which copy a file name belongs to; 0 for a file that is not a copy. */
    static int copyOf(String fileName) {
        Matcher m = COPY.matcher(fileName);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
