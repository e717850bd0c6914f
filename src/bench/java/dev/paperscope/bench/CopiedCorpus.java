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
 * {@code cNN-papers.jsonl}, the same records followed by {@code c} blank lines. The blank lines make every
 * copy's content differ (a byte-identical file under another name is the same file to the catalog, moved,
 * and adds no records) while the records, their lines and their text (and so BM25's work per document)
 * stay real; a gzip file is written compressed again.
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
                    Files.write(copy, copyBytes(f, c));
                    out.add(copy);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the copied corpus into " + target, e);
        }
    }

    /** The bytes of copy {@code c} of a file: its content and {@code c} blank lines, compressed again if it was. */
    static byte[] copyBytes(Path file, int c) throws IOException {
        boolean gzip = file.getFileName().toString().endsWith(".gz");
        byte[] content;
        try (java.io.InputStream in = gzip ? new java.util.zip.GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
            content = in.readAllBytes();
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(content.length + c + 1);
        try (java.io.OutputStream out = gzip ? new java.util.zip.GZIPOutputStream(bytes) : bytes) {
            out.write(content);
            if (c > 0 && content.length > 0 && content[content.length - 1] != '\n') {
                out.write('\n');
            }
            out.write("\n".repeat(c).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        return bytes.toByteArray();
    }

    /** Which copy a file name belongs to; 0 for a file that is not a copy. */
    static int copyOf(String fileName) {
        Matcher m = COPY.matcher(fileName);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
