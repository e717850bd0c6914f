package dev.paperscope.app;

import dev.paperscope.catalog.StoredFile;
import java.util.List;
import java.util.Objects;

/**
 * What {@code remove} took out: the file, its record count, the works that went with it (all their
 * records were in it), and the user data (list items, stars) now pointing at nothing, which is reported and
 * kept (it shows as missing), never deleted.
 */
public record RemovedFile(StoredFile file, int records, int works, List<String> danglingUserData) {
    public RemovedFile {
        Objects.requireNonNull(file, "file");
        danglingUserData = List.copyOf(danglingUserData);
    }
}
