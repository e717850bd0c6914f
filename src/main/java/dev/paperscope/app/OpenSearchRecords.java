package dev.paperscope.app;

import dev.paperscope.catalog.Catalog;
import dev.paperscope.index.SearchIndex;
import dev.paperscope.index.VectorSpace;
import dev.paperscope.index.opensearch.ClusterAddress;
import dev.paperscope.index.opensearch.ClusterHealth;
import dev.paperscope.index.opensearch.IndexSettings;
import dev.paperscope.index.opensearch.OpenSearchConnection;
import dev.paperscope.index.opensearch.OpenSearchException;
import dev.paperscope.index.opensearch.OpenSearchIndex;
import dev.paperscope.search.Bm25Params;
import dev.paperscope.search.SearchBackend;
import dev.paperscope.search.opensearch.OpenSearchBackend;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A data folder's records in an OpenSearch cluster, when the folder's backend is {@code opensearch}
 * ({@link BackendChoice}): the catalog stays the truth and the embedded index still computes and caches the
 * vectors; the cluster's index mirrors the catalog with those vectors ({@link OpenSearchSync}) and answers the
 * record searches. It follows the catalog by generation: whenever the catalog has moved on (an ingest here or
 * in another process), the next search or write first sends it the records of the files the catalog changed
 * since the generation the index records ({@link OpenSearchSync#catchUp}), as the embedded index catches up; it
 * is rebuilt whole only for {@code reindex}, at first use, or when it cannot be caught up (other fields or
 * models, no recorded generation, or one past the catalog's), saying why. A cluster that does not answer is a clear error within
 * {@link #REACH}, never a hang.
 */
final class OpenSearchRecords implements AutoCloseable {
    /** How long a cluster has to answer before it counts as missing. */
    static final Duration REACH = Duration.ofSeconds(5);
    static final int SHARDS = 2;
    static final int REPLICAS = 1;
    private final BackendChoice choice;
    private final Catalog catalog;
    private final SearchIndex embedded;
    private final Consumer<String> say;
    private OpenSearchConnection connection;
    private OpenSearchBackend backend;
    private long synced = Long.MIN_VALUE;
    private int rebuilds;
    private int catchUps;

    OpenSearchRecords(BackendChoice choice, Catalog catalog, SearchIndex embedded, Consumer<String> say) {
        this.choice = Objects.requireNonNull(choice, "choice");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.embedded = Objects.requireNonNull(embedded, "embedded");
        this.say = Objects.requireNonNull(say, "say");
    }

    String url() {
        return choice.url().orElseThrow();
    }

    /** The backend, brought up to the catalog's generation first. */
    synchronized SearchBackend current() {
        long generation = catalog.generation();
        if (backend == null || generation != synced || !backend.vectorSpaces().equals(embedded.vectorSpaces())) {
            sync(false);
        }
        return backend;
    }

    /** Builds the cluster's index afresh from the catalog ({@code reindex}). */
    synchronized void rebuild() {
        sync(true);
    }

    private void sync(boolean afresh) {
        reachable();
        if (connection == null) {
            connection = OpenSearchConnection.open(url(), say);
        }
        List<VectorSpace> spaces = embedded.vectorSpaces();
        IndexSettings settings = new IndexSettings(choice.index(), SHARDS, REPLICAS, Bm25Params.DEFAULT.k1(), Bm25Params.DEFAULT.b(), spaces);
        long generation = catalog.generation();
        String reason = "reindex";
        if (!afresh) {
            Optional<OpenSearchBackend> existing = backend != null && backend.vectorSpaces().equals(spaces) ? Optional.of(backend)
                    : OpenSearchIndex.existing(connection, settings, say).map(index -> new OpenSearchBackend(index, false));
            long at = existing.map(OpenSearchBackend::generation).orElse(-1L);
            if (existing.isPresent() && at >= 0 && at <= generation) {
                backend = existing.get();
                if (at < generation) {
                    OpenSearchSync.CatchUp caught = new OpenSearchSync(catalog, embedded).catchUp(backend, spaces, at);
                    catchUps++;
                    tellWithoutVector(caught.withoutVector());
                    synced = caught.catalogGeneration();
                } else {
                    synced = at;
                }
                return;
            }
            reason = existing.isEmpty() ? "the cluster holds no index " + settings.name() + " with these fields (document version, models, BM25)"
                    : at < 0 ? "the index records no catalog generation" : "the index is at catalog generation " + at + ", past the catalog's " + generation;
        }
        say.accept("building OpenSearch index " + settings.name() + " at " + shownUrl() + " whole from the catalog (generation " + generation + "): " + reason);
        rebuilds++;
        OpenSearchIndex index = OpenSearchIndex.create(connection, settings, say);
        OpenSearchBackend fresh = new OpenSearchBackend(index, false);
        OpenSearchSync.Report report = new OpenSearchSync(catalog, embedded).rebuild(fresh, spaces, n -> { });
        tellWithoutVector(report.withoutVector());
        backend = fresh;
        synced = report.catalogGeneration();
    }

    private void tellWithoutVector(java.util.Map<String, Long> withoutVector) {
        withoutVector.forEach((model, n) -> {
            if (n > 0) {
                say.accept(n + " record(s) have no cached " + model + " vector and are searched by BM25 only in OpenSearch");
            }
        });
    }

    /** Whole rebuilds of the cluster's index so far (at first use, for {@code reindex}, or for a gap a catch-up cannot bridge). */
    synchronized int rebuilds() {
        return rebuilds;
    }

    /** Catch-ups that sent only the changed files' records. */
    synchronized int catchUps() {
        return catchUps;
    }

    private String shownUrl() {
        return ClusterAddress.parse(url()).shown();
    }

    /** The cluster's health now (bounded by {@link #REACH}). */
    BackendStatus status() {
        Optional<ClusterHealth> health = ClusterHealth.of(url(), REACH);
        return new BackendStatus("opensearch", Optional.of(shownUrl()), Optional.of(health.map(ClusterHealth::status).orElse("unreachable")),
                health.map(ClusterHealth::nodes).orElse(0), health.map(ClusterHealth::unassignedShards).orElse(0));
    }

    /** Fails at once, saying where it looked, when no cluster answers at the URL. */
    private void reachable() {
        Optional<ClusterHealth> health = ClusterHealth.of(url(), REACH);
        if (health.isEmpty()) {
            throw new OpenSearchException("no OpenSearch cluster answers at " + shownUrl() + " (within " + REACH.toSeconds()
                    + " s): start one (`paperscope cluster start`) or give another with --opensearch-url; "
                    + "--backend lucene searches the embedded index");
        }
        if (!health.get().serving()) {
            say.accept("the OpenSearch cluster at " + shownUrl() + " is " + health.get().status() + " (" + health.get().unassignedShards()
                    + " unassigned shards): searches may miss records");
        }
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (OpenSearchException e) {
                say.accept(e.getMessage()); // closing must not keep the data folder's other parts from closing
            } finally {
                connection = null;
                backend = null;
            }
        }
    }
}
