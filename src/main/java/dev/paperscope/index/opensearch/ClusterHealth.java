package dev.paperscope.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** A cluster's health as {@code GET /_cluster/health} reports it; every call is bounded in time. */
public record ClusterHealth(String status, int nodes, int unassignedShards) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Green or yellow: every primary shard is assigned, so every document can be searched. */
    public boolean serving() {
        return status.equals("green") || status.equals("yellow");
    }

    /**
     * The health at {@code url} ({@link ClusterAddress}: the first of its nodes that answers), or empty when
     * nothing answers there within {@code timeout} per node.
     */
    public static Optional<ClusterHealth> of(String url, Duration timeout) {
        ClusterAddress address;
        try {
            address = ClusterAddress.parse(url);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        for (URI node : address.nodes()) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node + "/_cluster/health")).timeout(timeout).GET();
            address.authorization().ifPresent(a -> request.header("Authorization", a));
            Optional<ClusterHealth> health = ask(request.build());
            if (health.isPresent()) {
                return health;
            }
        }
        return Optional.empty();
    }

    private static Optional<ClusterHealth> ask(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 && response.statusCode() != 408) {
                return Optional.empty();
            }
            JsonNode body = JSON.readTree(response.body());
            return Optional.of(new ClusterHealth(body.path("status").asText("unknown"), body.path("number_of_nodes").asInt(0),
                    body.path("unassigned_shards").asInt(0)));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
