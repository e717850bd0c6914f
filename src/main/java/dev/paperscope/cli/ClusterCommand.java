package dev.paperscope.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperscope.index.opensearch.ClusterInfo;
import dev.paperscope.index.opensearch.ClusterSpec;
import dev.paperscope.index.opensearch.LocalCluster;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cluster start|status|stop}: a local OpenSearch cluster (see {@link LocalCluster}). */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "A local OpenSearch cluster on 127.0.0.1 (a second, derived index; issue 18).",
        subcommands = {ClusterCommand.Start.class, ClusterCommand.Status.class, ClusterCommand.Stop.class})
final class ClusterCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name a subcommand: start, status or stop");
    }

    /** Options every subcommand shares. */
    abstract static class Sub implements Callable<Integer> {
        @Option(names = "--dir", description = "The cluster folder (default: $PAPERSCOPE_CLUSTER_DIR, else ~/.paperscope-cluster;"
                + " /var/tmp/paperscope-cluster for root).")
        Path dir;
        @Option(names = "--json", description = "Print JSON.")
        boolean json;
        @Spec
        CommandSpec spec;

        Path dir() {
            return dir != null ? dir.toAbsolutePath() : ClusterSpec.defaultDir();
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        static final ObjectMapper JSON = new ObjectMapper();
    }

    @Command(name = "start", mixinStandardHelpOptions = true, description = "Starts N OpenSearch nodes as one cluster and waits until it is healthy.")
    static final class Start extends Sub {
        @Option(names = "--nodes", defaultValue = "1", description = "Nodes (default ${DEFAULT-VALUE}).")
        int nodes;
        @Option(names = "--heap-mb", defaultValue = "" + ClusterSpec.DEFAULT_HEAP_MB, description = "Heap of each node in MiB (default ${DEFAULT-VALUE}).")
        int heapMb;
        @Option(names = "--timeout", defaultValue = "180", description = "Seconds to wait for a healthy cluster (default ${DEFAULT-VALUE}).")
        int timeoutSeconds;
        @Option(names = "--nice", defaultValue = "0", paramLabel = "N",
                description = "Run the nodes under nice -n N, 0..19 (default ${DEFAULT-VALUE}), e.g. on a machine shared with other work.")
        int niceness;

        @Override
        public Integer call() throws Exception {
            ClusterSpec cluster;
            try {
                cluster = new ClusterSpec(nodes, dir(), heapMb, Duration.ofSeconds(timeoutSeconds), niceness);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            PrintWriter err = spec.commandLine().getErr();
            ClusterInfo info = LocalCluster.start(cluster, line -> err.println("cluster: " + line));
            if (json) {
                out().println(JSON.writeValueAsString(info));
            } else {
                out().println("cluster of " + info.nodes().size() + " node(s) at " + info.url());
                if (info.nodes().size() > 1) {
                    out().println("  every node, so that a client goes on when one dies: --opensearch-url " + info.nodeUrls());
                }
                info.nodes().forEach(n -> out().printf("  %s  pid %d  http %d  transport %d%n", n.name(), n.pid(), n.httpPort(), n.transportPort()));
            }
            return 0;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "The recorded cluster: its nodes and health. Exit 1 when it is not serving.")
    static final class Status extends Sub {
        @Override
        public Integer call() throws Exception {
            LocalCluster.Status s = LocalCluster.status(dir());
            boolean serving = s.health().map(h -> h.serving()).orElse(false);
            if (json) {
                var root = JSON.createObjectNode();
                root.put("url", s.info().url());
                root.put("health", s.health().map(h -> h.status()).orElse("unreachable"));
                var nodes = root.putArray("nodes");
                s.nodes().forEach(n -> nodes.addObject().put("name", n.node().name()).put("pid", n.node().pid())
                        .put("http_port", n.node().httpPort()).put("alive", n.alive()));
                out().println(JSON.writeValueAsString(root));
            } else {
                out().println("cluster at " + s.info().url() + ": " + s.health().map(h -> h.status() + ", " + h.nodes() + " node(s) joined")
                        .orElse("unreachable"));
                s.nodes().forEach(n -> out().printf("  %s  pid %d  http %d  %s%n", n.node().name(), n.node().pid(), n.node().httpPort(),
                        n.alive() ? "running" : "not running"));
            }
            return serving ? 0 : 1;
        }
    }

    @Command(name = "stop", mixinStandardHelpOptions = true, description = "Stops every node of the recorded cluster (SIGTERM, then SIGKILL after 30 s).")
    static final class Stop extends Sub {
        @Override
        public Integer call() {
            LocalCluster.stop(dir()).forEach(out()::println);
            return 0;
        }
    }
}
