package dev.paperscope.index.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Lays out a local cluster's folder: the distribution unpacked once with the k-NN plugin installed
 * ({@code DIR/opensearch-VERSION}), and per node its own config, data, logs and temp folders
 * ({@code DIR/nodes/node-N}). Ports are free ones on 127.0.0.1.
 */
final class NodeSetup {
    static final String CLUSTER_NAME = "paperscope";

    private NodeSetup() {
    }

    /** The unpacked distribution with the k-NN plugin, made once per cluster folder (an unfinished one is made again). */
    static Path install(Path dir, OpenSearchDistribution dist, Path javaHome) {
        Path home = dir.resolve(OpenSearchDistribution.homeName());
        if (Files.isDirectory(home.resolve("plugins/opensearch-knn"))) {
            return home;
        }
        try {
            Files.createDirectories(dir);
            Path partial = dir.resolve(OpenSearchDistribution.homeName() + ".partial");
            deleteTree(partial);
            deleteTree(home);
            unzip(dist.distributionZip(), partial);
            Path unpacked = partial.resolve(OpenSearchDistribution.homeName());
            run(List.of(unpacked.resolve("bin/opensearch-plugin").toString(), "install", "--batch", dist.knnPluginZip().toUri().toString()),
                    unpacked, javaHome, dir.resolve("plugin-install.log"));
            Files.move(unpacked, home, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(partial);
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot install OpenSearch in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** A node's folder with its config (the distribution's, with this node's settings, heap and log paths). */
    static Path nodeDir(Path dir, Path home, String name, int httpPort, int transportPort, List<Integer> transportPorts,
                        List<String> names, int heapMb) {
        Path node = dir.resolve("nodes").resolve(name);
        try {
            deleteTree(node); // a node starts from empty data: the cluster is derived, rebuilt with reindex
            Path config = node.resolve("config");
            copyTree(home.resolve("config"), config);
            for (String sub : List.of("data", "logs", "tmp")) {
                Files.createDirectories(node.resolve(sub));
            }
            Files.writeString(config.resolve("jvm.options"), jvmOptions(Files.readString(config.resolve("jvm.options")), node, heapMb));
            Files.writeString(config.resolve("opensearch.yml"), settings(node, name, httpPort, transportPort, transportPorts, names));
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lay out node " + name + " in " + node + ": " + e.getMessage(), e);
        }
    }

    /** The distribution's JVM options with this heap, and logs and heap dumps in the node's own folder. */
    static String jvmOptions(String original, Path node, int heapMb) {
        String logs = node.resolve("logs").toString();
        return original.lines()
                .map(l -> l.matches("^-Xm[sx].*") ? l.substring(0, 4) + heapMb + "m" : l)
                .map(l -> l.replace("file=logs/gc.log", "file=" + logs + "/gc.log")
                        .replace("-XX:HeapDumpPath=data", "-XX:HeapDumpPath=" + node.resolve("data"))
                        .replace("-XX:ErrorFile=logs/", "-XX:ErrorFile=" + logs + "/"))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    static String settings(Path node, String name, int httpPort, int transportPort, List<Integer> transportPorts, List<String> names) {
        StringBuilder yml = new StringBuilder();
        yml.append("cluster.name: ").append(CLUSTER_NAME).append('\n')
                .append("node.name: ").append(name).append('\n')
                .append("path.data: ").append(node.resolve("data")).append('\n')
                .append("path.logs: ").append(node.resolve("logs")).append('\n')
                .append("network.host: 127.0.0.1\n")
                .append("http.port: ").append(httpPort).append('\n')
                .append("transport.port: ").append(transportPort).append('\n')
                // a laptop's or CI's disk is often fuller than a server's watermarks allow
                .append("cluster.routing.allocation.disk.threshold_enabled: false\n")
                .append("bootstrap.memory_lock: false\n");
        if (names.size() == 1) {
            yml.append("discovery.type: single-node\n");
        } else {
            yml.append("discovery.seed_hosts: [")
                    .append(transportPorts.stream().map(p -> "\"127.0.0.1:" + p + "\"").collect(Collectors.joining(", "))).append("]\n")
                    .append("cluster.initial_cluster_manager_nodes: [")
                    .append(names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "))).append("]\n");
        }
        return yml.toString();
    }

    /** {@code count} distinct free ports on 127.0.0.1 (held open together so none is chosen twice). */
    static List<Integer> freePorts(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find free ports on 127.0.0.1: " + e.getMessage(), e);
        } finally {
            for (ServerSocket s : sockets) {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // closing a probe socket
                }
            }
        }
    }

    private static void run(List<String> command, Path home, Path javaHome, Path log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().put("OPENSEARCH_JAVA_HOME", javaHome.toString());
        pb.environment().put("OPENSEARCH_PATH_CONF", home.resolve("config").toString());
        Process p = pb.start();
        try {
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new OpenSearchException("installing the k-NN plugin took over 5 minutes; see " + log);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new OpenSearchException("interrupted while installing the k-NN plugin", e);
        }
        if (p.exitValue() != 0) {
            throw new OpenSearchException("installing the k-NN plugin failed (exit " + p.exitValue() + "): " + tail(log, 15));
        }
    }

    /** The last {@code lines} lines of a log file, for error messages; empty when it cannot be read. */
    static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(" + log + " unreadable: " + e.getMessage() + ")";
        }
    }

    private static void unzip(Path zip, Path target) throws IOException {
        Path root = target.toAbsolutePath().normalize();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = z.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                Path out = root.resolve(e.getName()).normalize();
                if (!out.startsWith(root)) {
                    throw new IOException("zip entry outside the target folder: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = z.getInputStream(e)) {
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
                if (e.getName().contains("/bin/")) {
                    out.toFile().setExecutable(true, false); // zip entries carry no Unix modes here; scripts need them
                }
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path out = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(out);
                } else {
                    Files.copy(p, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
