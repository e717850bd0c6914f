package dev.paperscope.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The temporary folders retrievers build their indexes in: deleted with everything in them when the retriever closes. */
public final class TemporaryFolders {
    private TemporaryFolders() {
    }

    /**
     * Deletes {@code dir} and everything below it (nothing when {@code dir} is null: it was never made).
     *
     * @param what the folder as the error names it, e.g. "temporary index"
     * @throws UncheckedIOException when a file cannot be deleted, naming {@code what} and {@code dir}
     */
    public static void delete(Path dir, String what) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + what + " " + dir, e);
        }
    }
}
