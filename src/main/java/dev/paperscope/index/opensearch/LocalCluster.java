package dev.paperscope.index.opensearch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A cluster of real OpenSearch processes on 127.0.0.1 for a laptop and for tests: {@link #start} lays out
 * the folder ({@link NodeSetup}), starts N nodes with their own ports and data folders, records them in
 * {@code DIR/cluster.json} and waits, bounded, for green or yellow health; {@link #stop} ends them (SIGTERM,
 * then SIGKILL) and {@link #status} reports them. Nodes outlive this process until stopped.
 */
public final class LocalCluster {
    static final String STATE_FILE = "cluster.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private LocalCluster() {
    }

    /** A node as {@link #status} sees it: alive or not, and the health its HTTP port reports (empty when it does not answer). */
    public record NodeStatus(ClusterInfo.Node node, boolean alive) {
    }

    /** The recorded cluster, each node's state and the health of the first node that answers. */
    public record Status(ClusterInfo info, List<NodeStatus> nodes, Optional<ClusterHealth> health) {
    }

    /** Starts a cluster as {@code spec} says; {@code say} hears each step. A failure stops what was started and says why. */
    public static ClusterInfo start(ClusterSpec spec, Consumer<String> say) {
        Path dir = spec.dir();
        Optional<ClusterInfo> existing = read(dir);
        if (existing.isPresent() && existing.get().nodes().stream().anyMatch(LocalCluster::alive)) {
            throw new OpenSearchException("a cluster already runs from " + dir + " (" + existing.get().url() + "); stop it first with `cluster stop`");
        }
        OpenSearchDistribution dist = OpenSearchDistribution.require();
        Path javaHome = javaHome();
        say.accept("installing OpenSearch " + OpenSearchDistribution.VERSION + " with the k-NN plugin in " + dir);
        Path home = NodeSetup.install(dir, dist, javaHome);
        List<Integer> ports = NodeSetup.freePorts(2 * spec.nodes());
        List<String> names = new ArrayList<>();
        List<Integer> transport = ports.subList(spec.nodes(), ports.size());
        for (int i = 1; i <= spec.nodes(); i++) {
            names.add("node-" + i);
        }
        List<Path> nodeDirs = new ArrayList<>();
        for (int i = 0; i < spec.nodes(); i++) {
            nodeDirs.add(NodeSetup.nodeDir(dir, home, names.get(i), ports.get(i), transport.get(i), transport, names, spec.heapMb()));
        }
        NodeUser.handOver(dir);
        List<ClusterInfo.Node> nodes = new ArrayList<>();
        try {
            for (int i = 0; i < spec.nodes(); i++) {
                long pid = launch(home, nodeDirs.get(i), javaHome, spec.heapMb(), spec.niceness());
                nodes.add(new ClusterInfo.Node(names.get(i), pid, ports.get(i), transport.get(i), nodeDirs.get(i).toString()));
                write(dir, new ClusterInfo(url(nodes.getFirst()), nodes)); // recorded at once, so stop finds every started node
            }
            ClusterInfo info = new ClusterInfo(url(nodes.getFirst()), nodes);
            say.accept("started " + nodes.size() + " node(s); waiting for the cluster at " + info.url() + " (at most " + spec.timeout().toSeconds() + " s)");
            awaitHealthy(info, spec.timeout());
            return info;
        } catch (RuntimeException e) {
            stopNodes(nodes);
            deleteState(dir);
            throw e;
        }
    }

    /** The cluster recorded in {@code dir}, if any. */
    public static Optional<ClusterInfo> read(Path dir) {
        Path state = dir.resolve(STATE_FILE);
        if (!Files.isRegularFile(state)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(state.toFile(), ClusterInfo.class));
        } catch (IOException e) {
            throw new OpenSearchException("the cluster record " + state + " is unreadable (" + e.getMessage() + "); remove it and stop"
                    + " any OpenSearch processes by hand", e);
        }
    }

    /** The cluster recorded in {@code dir} and how it is; a clear error when none is. */
    public static Status status(Path dir) {
        ClusterInfo info = read(dir).orElseThrow(() -> new OpenSearchException("no cluster is recorded in " + dir + " (`cluster start` starts one)"));
        List<NodeStatus> nodes = info.nodes().stream().map(n -> new NodeStatus(n, alive(n))).toList();
        Optional<ClusterHealth> health = Optional.empty();
        for (NodeStatus n : nodes) {
            if (n.alive() && health.isEmpty()) {
                health = ClusterHealth.of(url(n.node()), Duration.ofSeconds(3));
            }
        }
        return new Status(info, nodes, health);
    }

    /** Stops every node recorded in {@code dir} and forgets the cluster; returns one line per node. A missing cluster is an error. */
    public static List<String> stop(Path dir) {
        ClusterInfo info = read(dir).orElseThrow(() -> new OpenSearchException("no cluster is recorded in " + dir + "; nothing to stop"));
        List<String> said = stopNodes(info.nodes());
        deleteState(dir);
        return said;
    }

    private static List<String> stopNodes(List<ClusterInfo.Node> nodes) {
        List<ProcessHandle> running = new ArrayList<>();
        List<String> said = new ArrayList<>();
        for (ClusterInfo.Node n : nodes) {
            Optional<ProcessHandle> h = handle(n);
            if (h.isPresent()) {
                h.get().descendants().forEach(ProcessHandle::destroy); // helpers bin/opensearch runs before it becomes java
                h.get().destroy(); // SIGTERM: OpenSearch closes its shards cleanly
                running.add(h.get());
            } else {
                said.add(n.name() + " (pid " + n.pid() + ") was not running");
            }
        }
        long deadline = System.nanoTime() + STOP_GRACE.toNanos();
        for (ProcessHandle h : running) {
            String name = nodes.stream().filter(n -> n.pid() == h.pid()).findFirst().map(ClusterInfo.Node::name).orElse("node");
            while (h.isAlive() && System.nanoTime() < deadline) {
                sleep(100);
            }
            if (h.isAlive()) {
                h.destroyForcibly();
                long killDeadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (h.isAlive() && System.nanoTime() < killDeadline) {
                    sleep(100);
                }
                said.add(name + " (pid " + h.pid() + ") " + (h.isAlive() ? "did not die even when killed" : "killed after " + STOP_GRACE.toSeconds() + " s"));
            } else {
                said.add(name + " (pid " + h.pid() + ") stopped");
            }
        }
        return said;
    }

    /**
     * The node's process, when it is alive and still the node: its command line names the node's pid file,
     * both while bin/opensearch prepares and after it became java, so a reused pid is never taken for it.
     */
    static Optional<ProcessHandle> handle(ClusterInfo.Node n) {
        return ProcessHandle.of(n.pid()).filter(ProcessHandle::isAlive)
                .filter(h -> h.info().commandLine().map(c -> c.contains(n.pidFile())).orElse(false));
    }

    static boolean alive(ClusterInfo.Node n) {
        return handle(n).isPresent();
    }

    private static long launch(Path home, Path node, Path javaHome, int heapMb, int niceness) {
        List<String> command = new ArrayList<>(List.of("setsid")); // its own session: a Ctrl-C meant for the CLI does not reach it
        if (niceness > 0) {
            command.addAll(List.of("nice", "-n", Integer.toString(niceness))); // nice execs too: the pid stays the node's
        }
        command.addAll(NodeUser.prefix());
        command.addAll(List.of(home.resolve("bin/opensearch").toString(), "-p", node.resolve("opensearch.pid").toString()));
        ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(node.resolve("logs/console.log").toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().put("OPENSEARCH_JAVA_HOME", javaHome.toString());
        pb.environment().put("OPENSEARCH_PATH_CONF", node.resolve("config").toString());
        pb.environment().put("OPENSEARCH_TMPDIR", node.resolve("tmp").toString());
        pb.environment().put("OPENSEARCH_JAVA_OPTS", "-Xms" + heapMb + "m -Xmx" + heapMb + "m");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        try {
            return pb.start().pid(); // setsid and setpriv exec, and bin/opensearch execs java: the pid is the node's
        } catch (IOException e) {
            throw new OpenSearchException("cannot start OpenSearch (" + String.join(" ", command) + "): " + e.getMessage()
                    + (NodeUser.isRoot() ? " (as root, nodes run through setsid and setpriv from util-linux)" : ""), e);
        }
    }

    private static void awaitHealthy(ClusterInfo info, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Optional<ClusterHealth> last = Optional.empty();
        while (System.nanoTime() < deadline) {
            for (ClusterInfo.Node n : info.nodes()) {
                if (!ProcessHandle.of(n.pid()).map(ProcessHandle::isAlive).orElse(false)) {
                    Path log = Path.of(n.dir(), "logs", "console.log");
                    throw new OpenSearchException(n.name() + " exited while starting; the end of " + log + ":\n" + NodeSetup.tail(log, 20));
                }
            }
            last = ClusterHealth.of(info.url(), Duration.ofSeconds(2));
            if (last.isPresent() && last.get().serving() && last.get().nodes() == info.nodes().size()) {
                return;
            }
            sleep(500);
        }
        throw new OpenSearchException("the cluster at " + info.url() + " was not healthy within " + timeout.toSeconds() + " s ("
                + last.map(h -> h.status() + ", " + h.nodes() + " of " + info.nodes().size() + " nodes").orElse("no answer")
                + "); the nodes' logs are in " + Path.of(info.nodes().getFirst().dir()).getParent());
    }

    /** The JDK the nodes run on: {@code $OPENSEARCH_JAVA_HOME}, else the one running this (JDK 25). */
    private static Path javaHome() {
        String env = System.getenv("OPENSEARCH_JAVA_HOME");
        return Path.of(env != null && !env.isBlank() ? env : System.getProperty("java.home"));
    }

    static String url(ClusterInfo.Node n) {
        return "http://127.0.0.1:" + n.httpPort();
    }

    private static void write(Path dir, ClusterInfo info) {
        try {
            Path tmp = dir.resolve(STATE_FILE + ".tmp");
            JSON.writeValue(tmp.toFile(), info);
            Files.move(tmp, dir.resolve(STATE_FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the cluster in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void deleteState(Path dir) {
        try {
            Files.deleteIfExists(dir.resolve(STATE_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dir.resolve(STATE_FILE) + ": " + e.getMessage(), e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OpenSearchException("interrupted while waiting for the cluster", e);
        }
    }
}
