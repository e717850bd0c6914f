package dev.paperscope.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.paperscope.index.opensearch.ClusterInfo;
import dev.paperscope.index.opensearch.ClusterSpec;
import dev.paperscope.index.opensearch.LocalCluster;
import dev.paperscope.index.opensearch.OpenSearchDistribution;
import dev.paperscope.index.opensearch.OpenSearchException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * A real local OpenSearch cluster for one test class (started in {@code @BeforeAll}, stopped in
 * {@code @AfterAll}, and by a shutdown hook should the JVM end first). Skipped with the reason when the
 * distribution was not fetched or this machine cannot start it. The distribution is unpacked once under
 * {@code target/} and reused; each start gives the nodes fresh data folders.
 */
public final class TestCluster implements AutoCloseable {
    /** Test clusters yield to the rest of the machine (CI and developers' builds share it). */
    static final int NICENESS = 5;
    private final Path dir;
    private final ClusterInfo info;
    private final Thread hook;

    private TestCluster(Path dir, ClusterInfo info, boolean owned) {
        this.dir = dir;
        this.info = info;
        this.hook = owned ? new Thread(() -> stopQuietly(dir)) : null;
        if (owned) {
            Runtime.getRuntime().addShutdownHook(hook);
        }
    }

    /** Starts {@code nodes} nodes with a small heap under {@code nice -n 5}, or skips the calling test class saying why. */
    public static TestCluster start(int nodes) {
        String reuse = System.getenv("PAPERSCOPE_TEST_CLUSTER_DIR");
        if (reuse != null && !reuse.isBlank()) {
            // a developer's running cluster (`cluster start --nodes N --dir DIR`), left running after the tests
            ClusterInfo running = LocalCluster.read(Path.of(reuse)).orElseThrow(() -> new IllegalStateException("no cluster in " + reuse));
            return new TestCluster(Path.of(reuse), running, false);
        }
        List<Path> looked = new ArrayList<>();
        assumeTrue(OpenSearchDistribution.find(looked).isPresent(),
                "the OpenSearch distribution zips were not fetched by Maven (looked in " + looked + ")");
        assumeTrue(onPath("setsid"), "setsid (util-linux) is not installed");
        Path dir = clusterDir();
        try {
            ClusterInfo info = LocalCluster.start(new ClusterSpec(nodes, dir, 256, Duration.ofMinutes(8), NICENESS), line -> { });
            return new TestCluster(dir, info, true);
        } catch (OpenSearchException e) {
            Assumptions.abort("this machine could not start an OpenSearch cluster: " + e.getMessage());
            throw e;
        }
    }

    public ClusterInfo info() {
        return info;
    }

    public Path dir() {
        return dir;
    }

    @Override
    public void close() {
        if (hook != null) {
            LocalCluster.stop(dir);
            Runtime.getRuntime().removeShutdownHook(hook);
        }
    }

    private static void stopQuietly(Path dir) {
        try {
            if (LocalCluster.read(dir).isPresent()) {
                LocalCluster.stop(dir);
            }
        } catch (RuntimeException e) {
            System.err.println("could not stop the test cluster in " + dir + ": " + e.getMessage());
        }
    }

    /**
     * {@code target/cluster-test} (the unpacked distribution is reused between runs); when root, whose nodes
     * run as nobody, a folder under /tmp if some parent of target/ does not let other users through.
     */
    private static Path clusterDir() {
        Path dir = DevData.REPO.resolve("target/cluster-test").toAbsolutePath().normalize();
        try {
            if (!"root".equals(System.getProperty("user.name")) || traversable(dir.getParent())) {
                Files.createDirectories(dir);
                return dir;
            }
            Path tmp = Path.of("/tmp/paperscope-cluster-test");
            Files.createDirectories(tmp);
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
            return tmp;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean traversable(Path dir) throws IOException {
        for (Path p = dir; p != null; p = p.getParent()) {
            if (!Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                return false;
            }
        }
        return true;
    }

    private static boolean onPath(String command) {
        for (String d : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (Files.isExecutable(Path.of(d, command))) {
                return true;
            }
        }
        return false;
    }
}
