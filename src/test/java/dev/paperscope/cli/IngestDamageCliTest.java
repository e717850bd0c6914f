package dev.paperscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Folder ingest from the command line (issue 13, items 4 and 7): an image among the files is skipped with a
 * line saying so and the command succeeds; a damaged file of a known format fails alone (exit 1 at the end,
 * the other files ingested, search still working); warnings name file and line.
 */
class IngestDamageCliTest {
    private static final String GOOD = "{\"title\": \"Sparse Attention Heads\", \"authors\": [\"Ada Lovelace\"], \"year\": 2023}\n";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @TempDir
    Path dir;

    private String data() {
        return dir.resolve("data").toString();
    }

    @Test
    void anImageInAFolderIsSkippedAndTheCommandSucceeds() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("papers.jsonl"), GOOD);
        Files.write(in.resolve("figure.png"), PNG);
        CliRun r = CliRun.of("ingest", "--data", data(), in.toString());
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).containsPattern("skipped .*figure\\.png \\(a PNG image, not a format Paperscope reads\\)");
        assertThat(r.out()).contains("2 files: 0 failed");
    }

    @Test
    void aDamagedFileFailsAloneWithItsLineAndTheRestIsIngested() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.jsonl"), GOOD);
        Files.writeString(in.resolve("b.jsonl"), GOOD + "{\"title\": \"Broken\", \"year\": 20\n" + GOOD.replace("Sparse", "Dense"));
        Files.writeString(in.resolve("c.jsonl"), "{\"title\": \"Odd Year\", \"year\": \"twenty\"}\n");
        CliRun r = CliRun.of("ingest", "--data", data(), in.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("error: b.jsonl:2: broken JSON at column")
                .contains("warning: c.jsonl:1: year 'twenty' is not a year");
        assertThat(r.out()).contains("3 files: 1 failed; catalog holds 2 records");
        CliRun search = CliRun.of("search", "--data", data(), "sparse");
        assertThat(search.exit()).isZero();
        assertThat(search.out()).contains("Sparse Attention Heads");
    }
}
