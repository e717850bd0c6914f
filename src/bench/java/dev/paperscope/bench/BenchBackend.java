package dev.paperscope.bench;

import dev.paperscope.app.BackendChoice;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The search backend a benchmark's fresh data folder uses ({@code bench --backend opensearch --opensearch-url URL}),
 * chosen as every command chooses it: the options, else {@code $PAPERSCOPE_BACKEND} / {@code $PAPERSCOPE_OPENSEARCH_URL},
 * else the embedded index.
 */
public record BenchBackend(Optional<String> backend, Optional<String> url, Map<String, String> env) {
    /** The embedded index, whatever the environment says. */
    public static final BenchBackend EMBEDDED = new BenchBackend(Optional.of("lucene"), Optional.empty(), Map.of());

    public BenchBackend {
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(url, "url");
        Map<String, String> vars = Map.copyOf(env);
        env = vars;
        String name = backend.isPresent() ? backend.get() : vars.getOrDefault(BackendChoice.ENV_BACKEND, "");
        if (!name.isBlank() && BackendChoice.Backend.parse(name) == BackendChoice.Backend.OPENSEARCH) { // a bad name fails before any work
            new BackendChoice(BackendChoice.Backend.OPENSEARCH, url.or(() -> Optional.ofNullable(vars.get(BackendChoice.ENV_URL))), "check");
        }
    }

    /** Makes {@code dataDir} (a fresh benchmark folder) use this backend; returns the choice. */
    public BackendChoice apply(Path dataDir) {
        return BackendChoice.choose(dataDir, backend, url, env);
    }
}
