package dev.paperscope.bench;

import dev.paperscope.catalog.Catalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A catalog file that keeps embeddings between benchmark runs ({@code bench --mode hybrid --vector-cache FILE}),
 * so a second run over the same corpus (the same queries through another backend) embeds nothing: vectors are
 * keyed by passage SHA-256 and model, as in every catalog, and copied whole into a fresh benchmark folder's
 * catalog before its ingest, and back after. The scale benchmark's cache has the same layout and may be shared.
 */
final class BenchVectorCache {
    private BenchVectorCache() {
    }

    /** Copies every cached vector into {@code catalogFile} (created when missing); returns how many it holds then. */
    static long seed(Path cache, Path catalogFile) {
        create(catalogFile);
        if (!Files.exists(cache)) {
            return 0;
        }
        return copy(cache, catalogFile);
    }

    /** Copies {@code catalogFile}'s vectors (a finished run's, closed) into the cache; returns how many the cache holds. */
    static long keep(Path catalogFile, Path cache) {
        try {
            Path parent = cache.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of " + cache, e);
        }
        create(cache);
        return copy(catalogFile, cache);
    }

    private static void create(Path catalogFile) {
        try (Catalog ignored = Catalog.open(catalogFile)) {
            // opening creates the schema, the embeddings table included
        }
    }

    private static long copy(Path from, Path to) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + to.toAbsolutePath());
             Statement s = c.createStatement()) {
            s.execute("ATTACH DATABASE '" + from.toAbsolutePath().toString().replace("'", "''") + "' AS source");
            s.executeUpdate("INSERT OR IGNORE INTO main.embeddings(content_sha256, model, vector) "
                    + "SELECT content_sha256, model, vector FROM source.embeddings");
            s.execute("DETACH DATABASE source");
            try (var rs = s.executeQuery("SELECT count(*) FROM main.embeddings")) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot copy cached vectors from " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }
}
