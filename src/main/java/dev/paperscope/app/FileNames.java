package dev.paperscope.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/** Canonical paths of input files and the unique names the catalog stores them by. */
final class FileNames {
    private FileNames() {
    }

    /** The real path (links resolved), else the absolute normalised one. */
    static Path canonical(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    /**
     * The name for a new file: its bare name unless a stored file has it or {@code qualify} (another input
     * of the same run has the same bare name); then the shortest end of its path no stored file has
     * ({@code b/papers.bib}), and at worst the whole path.
     */
    static String choose(Path canonical, Set<String> taken, boolean qualify) {
        String bare = canonical.getFileName().toString();
        if (!qualify && !taken.contains(bare)) {
            return bare;
        }
        int parts = canonical.getNameCount();
        for (int k = 2; k <= parts; k++) {
            String suffix = canonical.subpath(parts - k, parts).toString().replace('\\', '/');
            if (!taken.contains(suffix)) {
                return suffix;
            }
        }
        return canonical.toString();
    }
}
