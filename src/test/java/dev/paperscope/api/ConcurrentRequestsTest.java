package dev.paperscope.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.web.ServerFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Searches (some matching nothing, which makes the facade look at the catalog), record, work and author
 * lookups from many threads at once: every answer is the one a lone request gets.
 */
class ConcurrentRequestsTest {
    @TempDir
    Path tmp;

    @Test
    void parallelRequestsAllSucceedAndAgreeWithSerialOnes() throws Exception {
        try (ServerFixture fixture = ServerFixture.demo(tmp)) {
            String recordId = ApiTest.json(fixture.get("/api/v1/search?q=imagen&limit=1&grouping=records")).get("hits").get(0).get("id").asText();
            String workId = ApiTest.json(fixture.get("/api/v1/search?q=imagen&limit=1")).get("hits").get(0).get("id").asText();
            // Searches in works, work pages and records all read the catalog, no longer behind one lock.
            List<String> paths = List.of("/api/v1/search?q=diffusion&limit=5", "/api/v1/search?q=zzzznothingmatches",
                    "/api/v1/search?q=diffusion&limit=5&grouping=records", "/api/v1/works/" + workId, "/works/" + workId,
                    "/api/v1/records/" + recordId, "/api/v1/records/" + recordId + "/related?limit=3",
                    "/api/v1/authors?name=Chitwan%20Saharia", "/search?q=model&kind=talk", "/records/" + recordId);
            List<String> serial = paths.stream().map(p -> withoutTimings(fixture.get(p).body())).toList();
            List<Future<String>> answers = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
                for (int round = 0; round < 10; round++) {
                    for (String p : paths) {
                        answers.add(pool.submit(() -> {
                            var response = fixture.get(p);
                            assertThat(response.statusCode()).as(p).isEqualTo(200);
                            return withoutTimings(response.body());
                        }));
                    }
                }
            }
            for (int i = 0; i < answers.size(); i++) {
                assertThat(answers.get(i).get()).as(paths.get(i % paths.size())).isEqualTo(serial.get(i % paths.size()));
            }
        }
    }

    private static String withoutTimings(String body) {
        return body.replaceAll("\"took_ms\":[0-9.E-]+", "").replaceAll("in [0-9.]+ ms", "").replaceAll("\"millis\":[0-9.E-]+", "");
    }
}
