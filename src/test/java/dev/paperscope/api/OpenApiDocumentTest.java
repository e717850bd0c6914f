package dev.paperscope.api;

import static dev.paperscope.api.ApiTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paperscope.web.ServerFixture;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The served OpenAPI document is valid JSON and every path it documents answers 200 with a real id. */
class OpenApiDocumentTest {
    @TempDir
    static Path tmp;
    static ServerFixture fixture;

    @BeforeAll
    static void start() {
        fixture = ServerFixture.demo(tmp);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void everyDocumentedGetAnswers200() {
        JsonNode doc = json(fixture.get(ApiRoutes.PREFIX + "/openapi.json"));
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        JsonNode hit = json(fixture.get(ApiRoutes.PREFIX + "/search?q=imagen&limit=1")).get("hits").get(0);
        String workId = hit.get("id").asText(); // one hit per work by default
        String recordId = hit.get("records").get(0).get("id").asText();
        assertThat(json(fixture.get(ApiRoutes.PREFIX + "/records/" + recordId)).get("work_id").asText()).isEqualTo(workId);
        assertThat(fixture.send("POST", ApiRoutes.PREFIX + "/lists", "{\"name\": \"Documented\"}").statusCode()).isEqualTo(201);
        Map<String, String> ids = Map.of("/records/{id}", recordId, "/works/{id}", workId, "/lists/{name}", "Documented");
        List<String> checked = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            if (!path.getValue().has("get")) {
                // write-only paths (star, list items) are exercised by PlannerApiTest
                assertThat(path.getValue().fieldNames()).toIterable().as(path.getKey()).isNotEmpty()
                        .allSatisfy(method -> assertThat(method).isIn("put", "post", "patch", "delete"));
                continue;
            }
            String url = ApiRoutes.PREFIX + withIds(path.getKey(), ids) + examples(path.getValue().get("get"));
            HttpResponse<String> response = fixture.get(url);
            assertThat(response.statusCode()).as(url + " -> " + response.body()).isEqualTo(200);
            String declared = path.getValue().get("get").get("responses").get("200").get("content").fieldNames().next();
            if (declared.equals("application/json")) {
                json(response);
            } else {
                assertThat(response.headers().firstValue("Content-Type")).as(url).hasValueSatisfying(t -> assertThat(t).startsWith(declared));
            }
            checked.add(path.getKey());
        }
        assertThat(checked).contains("/search", "/records/{id}", "/works/{id}", "/authors", "/health", "/schedule", "/agenda",
                "/agenda.ics", "/lists", "/lists/{name}", "/export/bibtex", "/export/csl");
    }

    @Test
    void everyDocumentedGroupingIsAnsweredInKind() {
        JsonNode params = json(fixture.get(ApiRoutes.PREFIX + "/openapi.json")).get("paths").get("/search").get("get").get("parameters");
        JsonNode grouping = null;
        for (JsonNode p : params) {
            if (p.get("name").asText().equals("grouping")) {
                grouping = p.get("schema");
            }
        }
        assertThat(grouping).as("grouping is documented").isNotNull();
        List<String> answered = new ArrayList<>();
        for (JsonNode value : grouping.get("enum")) {
            answered.add(json(fixture.get(ApiRoutes.PREFIX + "/search?q=imagen&grouping=" + value.asText())).get("grouping").asText());
        }
        assertThat(answered).containsExactly("works", "records");
        assertThat(json(fixture.get(ApiRoutes.PREFIX + "/search?q=imagen")).get("grouping").asText())
                .isEqualTo(grouping.get("default").asText());
    }

    @Test
    void everyApiRouteIsDocumented() {
        JsonNode paths = json(fixture.get(ApiRoutes.PREFIX + "/openapi.json")).get("paths");
        List<String> api = fixture.server().routes().stream().filter(r -> r.contains(" " + ApiRoutes.PREFIX + "/")).toList();
        assertThat(api).contains("GET " + ApiRoutes.PREFIX + "/search");
        for (String route : api) {
            String method = route.substring(0, route.indexOf(' ')).toLowerCase(java.util.Locale.ROOT);
            String path = route.substring(route.indexOf(' ') + 1 + ApiRoutes.PREFIX.length());
            assertThat(paths.path(path).has(method)).as(route + " is documented in " + OpenApiDocument.RESOURCE).isTrue();
        }
    }

    private static String withIds(String path, Map<String, String> ids) {
        for (Map.Entry<String, String> id : ids.entrySet()) {
            if (path.startsWith(id.getKey())) {
                return path.replaceAll("\\{[^}]+}", id.getValue());
            }
        }
        assertThat(path).as("a path parameter this test knows how to fill").doesNotContain("{");
        return path;
    }

    /** The query string from the parameters' examples (required parameters must have one). */
    private static String examples(JsonNode operation) {
        StringBuilder query = new StringBuilder();
        for (JsonNode p : operation.path("parameters")) {
            if (p.has("in") && p.get("in").asText().equals("query") && p.has("example")) {
                query.append(query.isEmpty() ? "?" : "&").append(p.get("name").asText()).append('=')
                        .append(URLEncoder.encode(p.get("example").asText(), StandardCharsets.UTF_8));
            } else if (p.path("required").asBoolean() && p.path("in").asText().equals("query")) {
                throw new AssertionError("required parameter " + p.get("name") + " has no example");
            }
        }
        return query.toString();
    }
}
