package dev.paperscope.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Request;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.opensearch.client.transport.httpclient5.internal.Node;

/**
 * A connection to a cluster through the official opensearch-java client, exchanging JSON built with Jackson
 * (the request bodies mirror the embedded index's Lucene queries one to one, which the Query DSL's own JSON
 * shows most plainly). Connect and response times are bounded: a missing cluster is an error, never a hang.
 */
public final class OpenSearchConnection implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    private final String url;
    private final ApacheHttpClient5Transport transport;
    private final OpenSearchGenericClient generic;

    private OpenSearchConnection(String url, ApacheHttpClient5Transport transport) {
        this.url = url;
        this.transport = transport;
        this.generic = new OpenSearchClient(transport).generic();
    }

    /** A connection to the cluster at {@code url} (such as {@code http://127.0.0.1:9200}); nothing is sent yet. */
    public static OpenSearchConnection open(String url) {
        return open(url, System.err::println);
    }

    /**
     * A connection to the cluster at {@code url} ({@link ClusterAddress}: one node or several, comma-separated,
     * credentials in the URL or the environment); nothing is sent yet. With several nodes a request that finds
     * a node gone goes to the next one at once, and {@code say} hears which node stopped answering (the client
     * tries that node again only after a wait that grows while it stays away).
     */
    public static OpenSearchConnection open(String url, Consumer<String> say) {
        Objects.requireNonNull(say, "say");
        ClusterAddress address = ClusterAddress.parse(Objects.requireNonNull(url, "url"));
        HttpHost[] hosts = address.nodes().stream().map(u -> new HttpHost(u.getScheme(), u.getHost(), ClusterAddress.port(u))).toArray(HttpHost[]::new);
        ApacheHttpClient5TransportBuilder builder = ApacheHttpClient5TransportBuilder.builder(hosts)
                .setMapper(new JacksonJsonpMapper())
                .setRequestConfigCallback(b -> b.setConnectionRequestTimeout(Timeout.of(5, TimeUnit.SECONDS))
                        .setResponseTimeout(Timeout.of(60, TimeUnit.SECONDS)))
                .setConnectionConfigCallback(b -> b.setConnectTimeout(Timeout.of(3, TimeUnit.SECONDS)))
                .setFailureListener(new ApacheHttpClient5Transport.FailureListener() {
                    @Override
                    public void onFailure(Node node) {
                        say.accept("OpenSearch node " + node.getHost().toURI() + " did not answer"
                                + (hosts.length > 1 ? "; the request went to another node, and this one is tried again after a growing wait" : ""));
                    }
                });
        address.authorization().ifPresent(a -> builder.setDefaultHeaders(new Header[] {new BasicHeader("Authorization", a)}));
        return new OpenSearchConnection(address.shown(), builder.build());
    }

    public String url() {
        return url;
    }

    /** Sends a JSON request; the answer's JSON (an empty object for no body). */
    JsonNode json(String method, String path, Map<String, String> params, Object body) {
        try {
            String text = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
            return send(method, path, params, text == null ? null : Body.from(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "application/json"));
        } catch (IOException e) {
            throw new OpenSearchException("cannot write the request to " + path + ": " + e.getMessage(), e);
        }
    }

    /** Sends newline-delimited JSON (a bulk request). */
    JsonNode ndjson(String path, Map<String, String> params, byte[] body) {
        return send("POST", path, params, Body.from(body, "application/x-ndjson"));
    }

    private JsonNode send(String method, String path, Map<String, String> params, Body body) {
        Requests.JsonBodyBuilder builder = Requests.builder().method(method).endpoint(path).query(params);
        Request request = (body == null ? builder : builder.body(body)).build();
        try (Response response = generic.execute(request)) {
            String text = response.getBody().map(Body::bodyAsString).orElse("");
            JsonNode json = text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
            if (response.getStatus() >= 400) {
                throw new OpenSearchHttpException(response.getStatus(), method + " " + url + path + " answered " + response.getStatus()
                        + ": " + reason(json, text));
            }
            return json;
        } catch (IOException e) {
            throw new OpenSearchException("no answer from OpenSearch at " + url + " (" + method + " " + path + "): " + e.getMessage()
                    + "; is the cluster running (`cluster status`)?", e);
        }
    }

    private static String reason(JsonNode json, String text) {
        JsonNode error = json.path("error");
        if (error.isObject()) {
            JsonNode root = error.path("root_cause").path(0);
            JsonNode cause = root.isMissingNode() ? error : root;
            return cause.path("type").asText() + ": " + cause.path("reason").asText();
        }
        return text.length() > 500 ? text.substring(0, 500) + "..." : text;
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (IOException e) {
            throw new OpenSearchException("cannot close the connection to " + url + ": " + e.getMessage(), e);
        }
    }

    /** An HTTP error answer; {@link #status} tells a retryable one (429, 503) from a bad request. */
    public static final class OpenSearchHttpException extends OpenSearchException {
        private final int status;

        OpenSearchHttpException(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }

        boolean retryable() {
            return List.of(429, 502, 503, 504).contains(status);
        }
    }
}
