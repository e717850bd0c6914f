package dev.paperscope.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.app.IngestListener;
import dev.paperscope.app.Paperscope;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scale benchmark's copies are distinct files to the catalog, so each adds its records. */
class CopiedCorpusTest {
    @TempDir
    Path dir;

    @Test
    void everyCopyAddsItsRecords() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("fuzz/corl2024.jsonl")) {
            Files.write(corpus.resolve("corl.jsonl"), in.readAllBytes());
        }
        List<Path> copies = CopiedCorpus.write(CopiedCorpus.files(corpus), 3, dir.resolve("copies"));
        assertThat(copies).extracting(p -> p.getFileName().toString()).containsExactly("c00-corl.jsonl", "c01-corl.jsonl", "c02-corl.jsonl");
        try (Paperscope one = Paperscope.open(dir.resolve("one")); Paperscope three = Paperscope.open(dir.resolve("three"))) {
            one.ingest(List.of(copies.getFirst()), Optional.empty(), IngestListener.NONE);
            three.ingest(copies, Optional.empty(), IngestListener.NONE);
            assertThat(one.recordCount()).isPositive();
            assertThat(three.recordCount()).isEqualTo(3 * one.recordCount());
        }
    }

    @Test
    void aGzipCopyIsCompressedAgainWithTheSameRecords() throws IOException {
        Path gz = dir.resolve("papers.jsonl.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("{\"title\": \"A\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        byte[] copy = CopiedCorpus.copyBytes(gz, 2);
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(copy))) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("{\"title\": \"A\"}\n\n\n");
        }
    }
}
