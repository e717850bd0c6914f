package dev.paperscope.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperscope.catalog.CatalogException;
import dev.paperscope.index.opensearch.OpenSearchException;
import dev.paperscope.testing.DevData;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The data folder remembers its search backend; options beat the environment, which beats what it remembers. */
class BackendChoiceTest {
    @TempDir
    Path dir;

    @Test
    void aFolderSearchesEmbeddedUntilToldOtherwiseAndThenRemembers() {
        assertThat(BackendChoice.remembered(dir).backend()).isEqualTo(BackendChoice.Backend.LUCENE);
        BackendChoice os = BackendChoice.choose(dir, Optional.of("opensearch"), Optional.of("http://127.0.0.1:9200/"), Map.of());
        assertThat(os.url()).contains("http://127.0.0.1:9200");
        assertThat(BackendChoice.remembered(dir)).isEqualTo(os);
        assertThat(BackendChoice.choose(dir, Optional.empty(), Optional.empty(), Map.of())).isEqualTo(os);
        BackendChoice back = BackendChoice.choose(dir, Optional.of("LUCENE"), Optional.empty(), Map.of());
        assertThat(back.backend()).isEqualTo(BackendChoice.Backend.LUCENE);
        assertThat(back.url()).as("the cluster is remembered for a later switch").isEqualTo(os.url());
        assertThat(BackendChoice.remembered(dir).backend()).isEqualTo(BackendChoice.Backend.LUCENE);
        assertThat(back.index()).isEqualTo(os.index()).startsWith("paperscope-");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
        // option, option URL, env backend, env URL, expected backend, expected URL
        "-, -, opensearch, http://h:1, OPENSEARCH, http://h:1",
        "lucene, -, opensearch, http://h:1, LUCENE, http://h:1",
        "opensearch, http://o:2, lucene, http://h:1, OPENSEARCH, http://o:2",
        "-, -, -, -, LUCENE, -"})
    void optionsBeatTheEnvironment(String option, String url, String envBackend, String envUrl, String backend, String expectedUrl) {
        Map<String, String> env = new java.util.HashMap<>();
        if (envBackend != null) {
            env.put(BackendChoice.ENV_BACKEND, envBackend);
        }
        if (envUrl != null) {
            env.put(BackendChoice.ENV_URL, envUrl);
        }
        BackendChoice c = BackendChoice.choose(dir, Optional.ofNullable(option), Optional.ofNullable(url), env);
        assertThat(c.backend()).isEqualTo(BackendChoice.Backend.valueOf(backend));
        assertThat(c.url()).isEqualTo(Optional.ofNullable(expectedUrl));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"elastic, http://h:1, lucene or opensearch", "opensearch, -, needs a cluster's URL",
        "opensearch, ftp://h:1, looks like http"})
    void badChoicesAreClearAndRememberNothing(String backend, String url, String message) {
        assertThatThrownBy(() -> BackendChoice.choose(dir, Optional.of(backend), Optional.ofNullable(url), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
        assertThat(Files.exists(dir.resolve(BackendChoice.FILE))).isFalse();
    }

    @Test
    void aDamagedFileIsNamed() throws IOException {
        Files.writeString(dir.resolve(BackendChoice.FILE), "backend=solr\n");
        assertThatThrownBy(() -> BackendChoice.remembered(dir)).isInstanceOf(CatalogException.class).hasMessageContaining(BackendChoice.FILE)
                .hasMessageContaining("solr");
    }

    @Test
    void aClusterThatAcceptsButNeverAnswersIsAClearErrorNotAHang() throws IOException {
        Path data = dir.resolve("silent");
        try (ServerSocket silent = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) { // connections queue, nothing answers
            BackendChoice.choose(data, Optional.of("opensearch"), Optional.of("http://127.0.0.1:" + silent.getLocalPort()), Map.of());
            // bounded by the 5 s health check (a hang would hit this much larger guard, not the check)
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () ->
                    assertThatThrownBy(() -> Paperscope.open(data)).isInstanceOf(OpenSearchException.class)
                            .hasMessageContaining("no OpenSearch cluster answers at http://127.0.0.1:" + silent.getLocalPort() + " (within 5 s)"));
        }
    }

    @Test
    void aMissingClusterIsAClearErrorAndTheFolderIsUntouched() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort(); // closed again: nothing listens there
        }
        Path data = dir.resolve("data");
        long ingested;
        try (Paperscope ps = Paperscope.open(data)) {
            ps.ingest(List.of(DevData.REPO.resolve("src/test/resources/fixtures/uai2023.csv")), Optional.empty(), IngestListener.NONE);
            ingested = ps.recordCount();
        }
        BackendChoice.choose(data, Optional.of("opensearch"), Optional.of("http://127.0.0.1:" + port), Map.of());
        assertThatThrownBy(() -> Paperscope.open(data)).isInstanceOf(OpenSearchException.class)
                .hasMessageContaining("no OpenSearch cluster answers at http://127.0.0.1:" + port).hasMessageContaining("--backend lucene");
        try (var catalog = dev.paperscope.catalog.Catalog.open(dir.resolve("c.db")); var index = dev.paperscope.index.SearchIndex.open(dir.resolve("i"));
             var records = new OpenSearchRecords(BackendChoice.remembered(data), catalog, index, m -> { })) {
            BackendStatus status = records.status();
            assertThat(status.health()).contains("unreachable");
            assertThat(status.degraded()).as("health reports a cluster that does not answer").isTrue();
        }
        BackendChoice.choose(data, Optional.of("lucene"), Optional.empty(), Map.of());
        try (Paperscope ps = Paperscope.open(data)) {
            assertThat(ps.searchBackend()).isEqualTo(BackendStatus.embedded());
            assertThat(ps.recordCount()).isEqualTo(ingested).isPositive();
            assertThat(ps.search("causal", 5, SearchOptions.DEFAULT).total()).isPositive();
        }
    }
}
