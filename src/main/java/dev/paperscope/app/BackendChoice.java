package dev.paperscope.app;

import dev.paperscope.catalog.CatalogException;
import dev.paperscope.index.opensearch.ClusterAddress;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Which index answers a data folder's searches: the embedded Lucene index (the default) or an OpenSearch
 * cluster at {@code url}, into index {@code index}. The folder remembers its choice in {@code backend.properties},
 * so later commands (and {@code serve}) use it without being told again. Either index is derived from the catalog.
 */
public record BackendChoice(Backend backend, Optional<String> url, String index) {
    /** The file in the data folder that remembers the choice. */
    public static final String FILE = "backend.properties";
    public static final String ENV_BACKEND = "PAPERSCOPE_BACKEND";
    public static final String ENV_URL = "PAPERSCOPE_OPENSEARCH_URL";

    /** The search backends. */
    public enum Backend {
        LUCENE, OPENSEARCH;

        /** {@code lucene} or {@code opensearch}, any case; anything else is a clear error. */
        public static Backend parse(String name) {
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the search backend is lucene or opensearch, not '" + name + "'", e);
            }
        }

        public String externalName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public BackendChoice {
        Objects.requireNonNull(backend, "backend");
        url = Objects.requireNonNull(url, "url").map(String::strip).filter(u -> !u.isEmpty());
        Objects.requireNonNull(index, "index");
        if (backend == Backend.OPENSEARCH && url.isEmpty()) {
            throw new IllegalArgumentException("the opensearch backend needs a cluster's URL: --opensearch-url http://HOST:PORT (or "
                    + ENV_URL + "); `paperscope cluster start --json` prints one");
        }
        url.ifPresent(u -> ClusterAddress.parse(u, Map.of())); // one node or several, comma-separated; a bad one is a clear error
        url = url.map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
    }

    /** What the folder remembers; the embedded index when it remembers nothing. */
    public static BackendChoice remembered(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new BackendChoice(Backend.LUCENE, Optional.empty(), defaultIndex(dataDir));
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new CatalogException("cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            return new BackendChoice(Backend.parse(p.getProperty("backend", "lucene")), Optional.ofNullable(p.getProperty("opensearch.url")),
                    p.getProperty("opensearch.index", defaultIndex(dataDir)));
        } catch (IllegalArgumentException e) {
            throw new CatalogException(file + " is damaged (" + e.getMessage() + "): fix or delete it (the catalog is untouched)", e);
        }
    }

    /**
     * The choice for this run: {@code backend} and {@code url} as given (a command's options), else the
     * environment's {@value #ENV_BACKEND} and {@value #ENV_URL}, else what the folder remembers. A choice that
     * differs from the remembered one is remembered from now on.
     */
    public static BackendChoice choose(Path dataDir, Optional<String> backend, Optional<String> url, Map<String, String> env) {
        BackendChoice before = remembered(dataDir);
        Optional<String> kind = backend.or(() -> Optional.ofNullable(env.get(ENV_BACKEND)).filter(s -> !s.isBlank()));
        Optional<String> where = url.or(() -> Optional.ofNullable(env.get(ENV_URL)).filter(s -> !s.isBlank()));
        Backend chosen = kind.map(Backend::parse).orElse(before.backend());
        BackendChoice now = new BackendChoice(chosen, where.or(before::url), before.index());
        if (!now.equals(before)) {
            now.remember(dataDir);
        }
        return now;
    }

    private void remember(Path dataDir) {
        Properties p = new Properties();
        p.setProperty("backend", backend.externalName());
        url.ifPresent(u -> p.setProperty("opensearch.url", u));
        p.setProperty("opensearch.index", index);
        try {
            Files.createDirectories(dataDir);
            Path tmp = Files.createTempFile(dataDir, FILE, ".tmp");
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(out, "Paperscope: the index that answers this folder's searches (lucene or opensearch)");
            }
            Files.move(tmp, dataDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CatalogException("cannot write " + dataDir.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }

    /** {@code paperscope-} and a hash of the folder's absolute path: folders sharing a cluster keep apart. */
    static String defaultIndex(Path dataDir) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(dataDir.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return "paperscope-" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
