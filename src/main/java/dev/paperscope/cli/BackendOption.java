package dev.paperscope.cli;

import dev.paperscope.app.BackendChoice;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --backend lucene|opensearch} and {@code --opensearch-url URL} (else {@code $PAPERSCOPE_BACKEND},
 * {@code $PAPERSCOPE_OPENSEARCH_URL}, else what the data folder remembers): which index answers searches.
 */
public final class BackendOption {
    @Option(names = "--backend", paramLabel = "NAME",
            description = "Search backend: lucene (embedded, default) or opensearch; the data folder remembers it (else $PAPERSCOPE_BACKEND).")
    public String backend;
    @Option(names = "--opensearch-url", paramLabel = "URL",
            description = "OpenSearch cluster for --backend opensearch, e.g. http://127.0.0.1:9200 (else $PAPERSCOPE_OPENSEARCH_URL).")
    public String url;

    /** The choice for {@code dataDir}, remembered there when it changes; a bad name or URL is an IllegalArgumentException. */
    BackendChoice choose(Path dataDir) {
        return BackendChoice.choose(dataDir, Optional.ofNullable(backend), Optional.ofNullable(url), System.getenv());
    }
}
