package dev.paperscope.app;

import java.util.Objects;
import java.util.Optional;

/**
 * The search backend a data folder uses and, for OpenSearch, the cluster's health as it answered just now:
 * {@code green}, {@code yellow} (a replica is missing: a node is down, every record is still searched),
 * {@code red} (a primary shard is missing: searches miss records) or {@code unreachable}.
 */
public record BackendStatus(String backend, Optional<String> url, Optional<String> health, int nodes, int unassignedShards) {
    public BackendStatus {
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(health, "health");
    }

    static BackendStatus embedded() {
        return new BackendStatus("lucene", Optional.empty(), Optional.empty(), 0, 0);
    }

    /** Whether searches run on a cluster that is not green (or does not answer). */
    public boolean degraded() {
        return health.isPresent() && !health.get().equals("green");
    }
}
