package dev.paperscope.index.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClusterAddressTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "http://127.0.0.1:9200|http://127.0.0.1:9200",
        "http://127.0.0.1:9200/|http://127.0.0.1:9200",
        "http://a:9201, http://b:9202,http://c:9203|http://a:9201,http://b:9202,http://c:9203",
        "https://os.example.org|https://os.example.org",
        "https://u:p%40ss@os.example.org:9200|https://os.example.org:9200"})
    void nodesAreParsedAndShownWithoutCredentials(String url, String shown) {
        ClusterAddress address = ClusterAddress.parse(url, Map.of());
        assertThat(address.shown()).isEqualTo(shown);
        assertThat(address.toString()).doesNotContain("p%40ss").doesNotContain("p@ss");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"localhost", "ftp://h:1", "http://h", "http://h:9200/path", "http://h:9200?x=1", "http://a:1,,http://b:2",
        "https://user@h:9200"})
    void badUrlsAreClearErrors(String url) {
        assertThatThrownBy(() -> ClusterAddress.parse(url, Map.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OpenSearch URL");
    }

    @Test
    void credentialsComeFromTheUrlElseTheEnvironment() {
        ClusterAddress inUrl = ClusterAddress.parse("https://u:p%40ss@h:9200", Map.of(ClusterAddress.ENV_USER, "other", ClusterAddress.ENV_PASSWORD, "x"));
        assertThat(inUrl.user()).contains("u");
        assertThat(inUrl.authorization()).contains("Basic " + Base64.getEncoder().encodeToString("u:p@ss".getBytes()));
        ClusterAddress fromEnv = ClusterAddress.parse("https://h:9200", Map.of(ClusterAddress.ENV_USER, "paperscope", ClusterAddress.ENV_PASSWORD, "secret"));
        assertThat(fromEnv.user()).contains("paperscope");
        assertThat(fromEnv.nodes()).containsExactly(URI.create("https://h:9200"));
        assertThat(ClusterAddress.parse("http://h:9200", Map.of()).authorization()).isEmpty();
        assertThatThrownBy(() -> ClusterAddress.parse("http://h:9200", Map.of(ClusterAddress.ENV_USER, "u")))
                .hasMessageContaining(ClusterAddress.ENV_PASSWORD);
        assertThatThrownBy(() -> new ClusterAddress(List.of(URI.create("http://h:1")), Optional.of("u"), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
