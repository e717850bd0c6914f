package dev.paperscope.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HostCheckTest {
    @ParameterizedTest(name = "bound {0}, Host {1} on {2}:{3} -> {4}")
    @CsvSource({
            "127.0.0.1, 127.0.0.1:8080, 127.0.0.1, 8080, true",
            "127.0.0.1, localhost:8080, 127.0.0.1, 8080, true",
            "127.0.0.1, LocalHost:8080, 127.0.0.1, 8080, true",
            "127.0.0.1, [::1]:8080, 0:0:0:0:0:0:0:1, 8080, true",
            "127.0.0.1, 127.0.0.1:8081, 127.0.0.1, 8080, false",
            "127.0.0.1, 127.0.0.1, 127.0.0.1, 8080, false",
            "127.0.0.1, 127.0.0.1, 127.0.0.1, 80, true",
            "127.0.0.1, attacker.example:8080, 127.0.0.1, 8080, false",
            "127.0.0.1, 127.0.0.1.nip.io:8080, 127.0.0.1, 8080, false",
            "127.0.0.1, 192.168.1.5:8080, 127.0.0.1, 8080, false",
            "127.0.0.1, 127.0.0.1:80x, 127.0.0.1, 8080, false",
            "127.0.0.1, '', 127.0.0.1, 8080, false",
            "0.0.0.0, 192.168.1.5:8080, 192.168.1.5, 8080, true",
            "0.0.0.0, 192.168.1.6:8080, 192.168.1.5, 8080, false",
            "0.0.0.0, laptop.example:8080, 192.168.1.5, 8080, false",
            "laptop.example, laptop.example:8080, 192.168.1.5, 8080, true",
            "::1, [::1]:8080, 0:0:0:0:0:0:0:1, 8080, true",
    })
    void acceptsThisServersNamesOnly(String bound, String host, String local, int port, boolean accepted) {
        assertThat(new HostCheck(bound).accepts(host, local, port)).isEqualTo(accepted);
    }
}
