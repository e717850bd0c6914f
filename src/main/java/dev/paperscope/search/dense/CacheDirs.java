package dev.paperscope.search.dense;

import java.nio.file.Path;

/** Where Paperscope keeps recomputable vectors (evaluation and benchmark caches): never inside a data folder. */
public final class CacheDirs {
    private CacheDirs() {
    }

    /**
     * {@code $XDG_CACHE_HOME/paperscope}, else {@code ~/.cache/paperscope}. Callers that want another
     * folder say so explicitly (e.g. {@code eval --vector-cache}, {@code bench --vector-cache}).
     */
    public static Path paperscope() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("paperscope");
    }
}
