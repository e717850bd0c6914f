package dev.paperscope.search.dense;

import java.nio.file.Path;

/** Where Paperscope keeps recomputable vectors (evaluation and benchmark caches): never inside a data folder. */
public final class CacheDirs {
    private CacheDirs() {
    }

    /** {@code -Dpaperscope.cache.dir} (tests), else {@code $XDG_CACHE_HOME/paperscope}, else {@code ~/.cache/paperscope}. */
    public static Path paperscope() {
        String override = System.getProperty("paperscope.cache.dir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("paperscope");
    }
}
