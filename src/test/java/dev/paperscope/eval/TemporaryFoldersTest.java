package dev.paperscope.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemporaryFoldersTest {
    @TempDir
    Path tmp;

    @Test
    void deletesTheFolderWithEverythingBelowIt() throws IOException {
        Path nested = Files.createDirectories(tmp.resolve("index/segments/nested"));
        Files.writeString(nested.resolve("a.bin"), "x");
        Files.writeString(tmp.resolve("index/b.bin"), "y");
        TemporaryFolders.delete(tmp.resolve("index"), "temporary index");
        assertThat(tmp.resolve("index")).doesNotExist();
        assertThat(tmp).exists();
    }

    @Test
    void aFolderNeverMadeIsNothingToDelete() {
        TemporaryFolders.delete(null, "temporary index");
    }

    @Test
    void aFolderThatCannotBeReadFailsNamingIt() {
        Path gone = tmp.resolve("gone");
        assertThatThrownBy(() -> TemporaryFolders.delete(gone, "temporary index"))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot delete temporary index " + gone)
                .hasCauseInstanceOf(IOException.class);
    }
}
