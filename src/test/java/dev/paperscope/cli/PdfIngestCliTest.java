package dev.paperscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.testing.DevData;
import dev.paperscope.testing.PdfFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PDFs from the command line (issue 15, part 1): a folder with a readable paper and a broken file stores
 * the one and fails the other alone with a one-line message (exit 1, as for other failures); the paper is
 * found by its title and abstract words; ingesting again changes nothing; remove takes it out.
 */
class PdfIngestCliTest {
    @TempDir
    Path dir;

    private String data() {
        return dir.resolve("data").toString();
    }

    @Test
    void aFolderWithAGoodAndABrokenPdfStoresOneFailsOneAndReingestChangesNothing() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        byte[] good = PdfFixtures.paper("Sparse Mixtures of Layout Experts", "Ada Lovelace and Alan Turing",
                "We introduce quokka routing, a way of reading headers from their layout.");
        Files.write(in.resolve("good.pdf"), good);
        Files.write(in.resolve("broken.pdf"), Arrays.copyOf(good, 120));
        CliRun r = CliRun.of("ingest", "--data", data(), in.toString());
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.err()).contains("error: broken.pdf: not a readable PDF: ");
        assertThat(r.out()).contains("2 files: 1 failed; catalog holds 1 record");

        CliRun byTitle = CliRun.of("search", "--data", data(), "layout experts");
        assertThat(byTitle.exit()).isZero();
        assertThat(byTitle.out()).contains("Sparse Mixtures of Layout Experts");
        CliRun byAbstract = CliRun.of("search", "--data", data(), "quokka");
        assertThat(byAbstract.out()).contains("Sparse Mixtures of Layout Experts");

        CliRun again = CliRun.of("ingest", "--data", data(), in.resolve("good.pdf").toString());
        assertThat(again.exit()).as(again.out() + again.err()).isZero();
        assertThat(again.out()).contains("unchanged");

        CliRun files = CliRun.of("files", "--data", data());
        assertThat(files.out()).contains("good.pdf").contains("pdf");

        CliRun remove = CliRun.of("remove", "--data", data(), in.resolve("good.pdf").toString());
        assertThat(remove.exit()).as(remove.err()).isZero();
        assertThat(remove.out()).contains("removed good.pdf");
        assertThat(CliRun.of("search", "--data", data(), "quokka").out()).doesNotContain("Sparse Mixtures of Layout Experts");
    }

    @Test
    void theRealPdfsAreIngestedAndTheSlideFailsAlone() throws IOException {
        Path pdfs = DevData.require("pdfs");
        Path in = Files.createDirectories(dir.resolve("pdfs")); // the PDFs alone, without their gold file and README
        try (var files = Files.list(pdfs)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".pdf")).toList()) {
                Files.copy(f, in.resolve(f.getFileName()));
            }
        }
        CliRun r = CliRun.of("ingest", "--data", data(), in.toString());
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.err()).contains("error: coordinate_calibrator.pdf: page 1: no title found");
        assertThat(r.out()).contains("10 files: 1 failed; catalog holds 9 records");
        CliRun search = CliRun.of("search", "--data", data(), "simplified data processing on large clusters");
        assertThat(search.out()).contains("MapReduce: Simplified Data Processing on Large Clusters");
    }

    @Test
    void anEncryptedPdfNamedOnTheCommandLineFailsSayingSo() throws IOException {
        Path locked = dir.resolve("locked.pdf");
        Files.write(locked, PdfFixtures.encrypted());
        CliRun r = CliRun.of("ingest", "--data", data(), locked.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("error: locked.pdf: encrypted PDF");
    }
}
