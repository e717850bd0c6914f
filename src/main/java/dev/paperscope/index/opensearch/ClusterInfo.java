package dev.paperscope.index.opensearch;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * A running local cluster as {@code cluster start --json} prints it: the URL of its first node and every
 * node's name, process id and HTTP port (the transport port and folder are kept for {@code stop}).
 */
public record ClusterInfo(@JsonProperty("url") String url, @JsonProperty("nodes") List<Node> nodes) {
    public ClusterInfo {
        Objects.requireNonNull(url, "url");
        nodes = List.copyOf(nodes);
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("a cluster has at least one node");
        }
    }

    /** Every node's URL, comma-separated ({@link ClusterAddress}): a client given them all goes on when one node dies. */
    @JsonIgnore
    public String nodeUrls() {
        return String.join(",", nodes.stream().map(LocalCluster::url).toList());
    }

    /** One OpenSearch process. */
    public record Node(@JsonProperty("name") String name, @JsonProperty("pid") long pid, @JsonProperty("http_port") int httpPort,
                       @JsonProperty("transport_port") int transportPort, @JsonProperty("dir") String dir) {
        public Node {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(dir, "dir");
        }

        /** The pid file named on the node's command line ({@code -p}), which tells it from a process that reused its pid. */
        String pidFile() {
            return dir + "/opensearch.pid";
        }
    }
}
