package dev.paperscope.index.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The parts of a local cluster that need no OpenSearch process: records, errors, node settings. */
class LocalClusterTest {
    @TempDir
    Path dir;

    @Test
    void statusAndStopOfAMissingClusterAreClearErrors() {
        assertThatThrownBy(() -> LocalCluster.status(dir)).isInstanceOf(OpenSearchException.class).hasMessageContaining("no cluster is recorded in " + dir);
        assertThatThrownBy(() -> LocalCluster.stop(dir)).isInstanceOf(OpenSearchException.class).hasMessageContaining("nothing to stop");
    }

    @Test
    void aDeadClusterIsReportedAndStoppedWithoutTouchingOtherProcesses() throws Exception {
        // pid 1 is alive but is not a node: its command line does not name the node's pid file
        ClusterInfo info = new ClusterInfo("http://127.0.0.1:1", List.of(new ClusterInfo.Node("node-1", 1, 1, 2, dir.resolve("nodes/node-1").toString())));
        Files.writeString(dir.resolve(LocalCluster.STATE_FILE), new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(info));
        LocalCluster.Status status = LocalCluster.status(dir);
        assertThat(status.nodes()).singleElement().satisfies(n -> assertThat(n.alive()).isFalse());
        assertThat(status.health()).isEmpty();
        assertThat(LocalCluster.stop(dir)).containsExactly("node-1 (pid 1) was not running");
        assertThat(dir.resolve(LocalCluster.STATE_FILE)).doesNotExist();
        assertThat(ProcessHandle.of(1).map(ProcessHandle::isAlive)).contains(true);
    }

    @Test
    void anUnreadableRecordSaysWhatToDo() throws Exception {
        Files.writeString(dir.resolve(LocalCluster.STATE_FILE), "{not json");
        assertThatThrownBy(() -> LocalCluster.status(dir)).isInstanceOf(OpenSearchException.class).hasMessageContaining("unreadable");
    }

    @ParameterizedTest
    @CsvSource({"0, 512, 60, nodes", "10, 512, 60, nodes", "1, 64, 60, heap", "1, 512, 0, timeout"})
    void badSpecsAreRefused(int nodes, int heap, int seconds, String word) {
        assertThatThrownBy(() -> new ClusterSpec(nodes, dir, heap, Duration.ofSeconds(seconds)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(word);
    }

    @Test
    void jvmOptionsGetTheHeapAndTheNodesOwnLogFolder() {
        Path node = Path.of("/c/nodes/node-1");
        String options = NodeSetup.jvmOptions("-Xms1g\n-Xmx1g\n9-:-Xlog:gc*:file=logs/gc.log:utctime\n-XX:HeapDumpPath=data\n-XX:ErrorFile=logs/hs_err_pid%p.log\n", node, 256);
        assertThat(options).contains("-Xms256m\n-Xmx256m\n", "file=/c/nodes/node-1/logs/gc.log", "-XX:HeapDumpPath=/c/nodes/node-1/data",
                "-XX:ErrorFile=/c/nodes/node-1/logs/hs_err_pid%p.log").doesNotContain("1g");
    }

    @Test
    void oneNodeIsASingleNodeClusterAndSeveralDiscoverEachOther() {
        Path node = Path.of("/c/nodes/node-1");
        assertThat(NodeSetup.settings(node, "node-1", 9201, 9301, List.of(9301), List.of("node-1")))
                .contains("discovery.type: single-node", "network.host: 127.0.0.1", "http.port: 9201").doesNotContain("seed_hosts");
        assertThat(NodeSetup.settings(node, "node-1", 9201, 9301, List.of(9301, 9302), List.of("node-1", "node-2")))
                .contains("discovery.seed_hosts: [\"127.0.0.1:9301\", \"127.0.0.1:9302\"]",
                        "cluster.initial_cluster_manager_nodes: [\"node-1\", \"node-2\"]")
                .doesNotContain("single-node");
    }

    @Test
    void freePortsAreDistinct() {
        assertThat(NodeSetup.freePorts(6)).doesNotHaveDuplicates().hasSize(6).allMatch(p -> p > 0);
    }
}
