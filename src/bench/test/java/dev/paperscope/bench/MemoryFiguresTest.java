package dev.paperscope.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MemoryFiguresTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Name:\\tjava\\nVmPeak:\\t 9000 kB\\nVmHWM:\\t  123456 kB\\nVmRSS:\\t 100 kB | 126418944
            VmHWM: 1 kB                                                   | 1024
            VmRSS:\\t 100 kB                                               | -1
            ''                                                            | -1
            VmHWM:\\tlots kB                                               | -1
            """)
    void peakRssIsTheVmHwmLineInBytes(String status, long bytes) {
        assertThat(MemoryFigures.peakRssBytes(status.replace("\\n", "\n").replace("\\t", "\t"))).isEqualTo(bytes);
    }

    @ParameterizedTest
    @CsvSource({"-1, n/a", "0, 0 B", "1023, 1023 B", "1024, 1.00 KB", "1536, 1.50 KB", "10485760, 10.0 MB", "1073741824000, 1000 GB"})
    void bytesReadForPeople(long bytes, String text) {
        assertThat(MemoryFigures.human(bytes)).isEqualTo(text);
    }

    @Test
    void aFolderWeighsItsFilesAndAMissingPathNothing() throws IOException {
        Files.write(Files.createDirectories(dir.resolve("a/b")).resolve("x"), new byte[300]);
        Files.write(dir.resolve("a").resolve("y"), new byte[200]);
        assertThat(MemoryFigures.sizeOf(dir.resolve("a"))).isEqualTo(500);
        assertThat(MemoryFigures.sizeOf(dir.resolve("a/y"))).isEqualTo(200);
        assertThat(MemoryFigures.sizeOf(dir.resolve("missing"))).isZero();
    }

    @Test
    void theHeapAndThisProcessHaveSizes() {
        assertThat(MemoryFigures.heapUsedAfterGc()).isPositive();
        if (Files.exists(Path.of("/proc/self/status"))) {
            assertThat(MemoryFigures.peakRssBytes()).isPositive();
        }
    }
}
