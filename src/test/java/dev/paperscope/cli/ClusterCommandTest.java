package dev.paperscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cluster} without a cluster: clear errors and exit codes, never a hang (the cluster test starts real ones). */
class ClusterCommandTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void statusAndStopOfNoClusterFailSayingSo() {
        assertThat(run("cluster", "status", "--dir", dir.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no cluster is recorded in " + dir);
        assertThat(run("cluster", "stop", "--dir", dir.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("nothing to stop");
    }

    @Test
    void badStartOptionsAreUsageErrors() {
        assertThat(run("cluster", "start", "--nodes", "0", "--dir", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("1..9 nodes");
        assertThat(run("cluster", "start", "--heap-mb", "16", "--dir", dir.toString())).isEqualTo(2);
        assertThat(run("cluster")).isEqualTo(2);
    }
}
