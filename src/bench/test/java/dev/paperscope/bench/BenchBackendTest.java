package dev.paperscope.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperscope.app.BackendChoice;
import dev.paperscope.bench.cli.BenchMain;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code bench --backend}: a benchmark's fresh folder is made to use the chosen backend, as every command chooses it. */
class BenchBackendTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
        "-, -, -, -, lucene, -",
        "opensearch, http://127.0.0.1:9200, -, -, opensearch, http://127.0.0.1:9200",
        "-, -, opensearch, 'http://a:1,http://b:2', opensearch, 'http://a:1,http://b:2'",
        "lucene, -, opensearch, http://a:1, lucene, http://a:1"})
    void theOptionsElseTheEnvironmentChooseTheFoldersBackend(String backend, String url, String envBackend, String envUrl, String chosen, String chosenUrl) {
        Map<String, String> env = new java.util.HashMap<>();
        if (envBackend != null) {
            env.put(BackendChoice.ENV_BACKEND, envBackend);
        }
        if (envUrl != null) {
            env.put(BackendChoice.ENV_URL, envUrl);
        }
        BackendChoice choice = new BenchBackend(Optional.ofNullable(backend), Optional.ofNullable(url), env).apply(dir);
        assertThat(choice.backend().externalName()).isEqualTo(chosen);
        assertThat(choice.url()).isEqualTo(Optional.ofNullable(chosenUrl));
        assertThat(BackendChoice.remembered(dir)).isEqualTo(choice);
    }

    @Test
    void theEmbeddedDefaultIgnoresTheEnvironmentAndBadNamesFailBeforeAnyWork() {
        assertThat(BenchBackend.EMBEDDED.apply(dir).backend()).isEqualTo(BackendChoice.Backend.LUCENE);
        assertThatThrownBy(() -> new BenchBackend(Optional.of("elastic"), Optional.empty(), Map.of())).hasMessageContaining("lucene or opensearch");
        StringWriter err = new StringWriter();
        int exit = BenchMain.run(new String[] {"--corpus", dir.toString(), "--backend", "elastic"}, new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("lucene or opensearch");
        exit = BenchMain.run(new String[] {"--corpus", dir.toString(), "--http", "--backend", "opensearch"}, new PrintWriter(new StringWriter()),
                new PrintWriter(err, true));
        assertThat(exit).as(err.toString()).isEqualTo(2); // no URL anywhere: refused before a folder is made
        assertThat(err.toString()).contains("--opensearch-url");
    }
}
