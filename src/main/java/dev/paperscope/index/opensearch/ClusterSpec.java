package dev.paperscope.index.opensearch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How to start a local cluster: {@code nodes} OpenSearch processes in {@code dir}, each with a heap of
 * {@code heapMb} MiB, healthy (green or yellow) within {@code timeout} or stopped again; {@code niceness} (0..19)
 * runs the nodes under {@code nice}, so that tests and benchmarks sharing a machine can yield to other work.
 */
public record ClusterSpec(int nodes, Path dir, int heapMb, Duration timeout, int niceness) {
    public static final int DEFAULT_HEAP_MB = 512;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(3);
    public static final int MAX_NODES = 9;

    public ClusterSpec {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(timeout, "timeout");
        if (nodes < 1 || nodes > MAX_NODES) {
            throw new IllegalArgumentException("a local cluster has 1.." + MAX_NODES + " nodes, not " + nodes);
        }
        if (heapMb < 128 || heapMb > 32_768) {
            throw new IllegalArgumentException("a node's heap must lie in 128..32768 MiB, was " + heapMb);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the start timeout must be positive");
        }
        if (niceness < 0 || niceness > 19) {
            throw new IllegalArgumentException("a node's niceness lies in 0..19, was " + niceness);
        }
        dir = dir.toAbsolutePath().normalize();
    }

    /** Nodes at the caller's own priority. */
    public ClusterSpec(int nodes, Path dir, int heapMb, Duration timeout) {
        this(nodes, dir, heapMb, timeout, 0);
    }

    /**
     * The default cluster folder: {@code $PAPERSCOPE_CLUSTER_DIR}, else {@code ~/.paperscope-cluster}; for
     * root, whose nodes run as {@code nobody} and whose home that user cannot enter, {@code /var/tmp/paperscope-cluster}.
     */
    public static Path defaultDir() {
        String env = System.getenv("PAPERSCOPE_CLUSTER_DIR");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return NodeUser.isRoot() ? Path.of("/var/tmp/paperscope-cluster") : Path.of(System.getProperty("user.home"), ".paperscope-cluster");
    }
}
