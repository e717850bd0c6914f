package dev.paperscope.index.opensearch;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a cluster answers and how to sign in: one URL or several separated by commas (the nodes a client may
 * use; a node that does not answer is skipped for the next), {@code http} or {@code https} (TLS checked against
 * the JVM's trust store), and HTTP basic credentials from the URL ({@code https://user:password@host:9200}) or
 * from {@value #ENV_USER} / {@value #ENV_PASSWORD}, which are never written to a data folder.
 */
public record ClusterAddress(List<URI> nodes, Optional<String> user, Optional<String> password) {
    public static final String ENV_USER = "PAPERSCOPE_OPENSEARCH_USER";
    public static final String ENV_PASSWORD = "PAPERSCOPE_OPENSEARCH_PASSWORD";

    public ClusterAddress {
        nodes = List.copyOf(nodes);
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("an OpenSearch address names at least one node");
        }
        if (user.isPresent() != password.isPresent()) {
            throw new IllegalArgumentException("OpenSearch credentials need both a user and a password (" + ENV_USER + ", " + ENV_PASSWORD + ")");
        }
    }

    /** Parses {@code url} (comma-separated nodes), taking credentials from its user info, else from {@code env}. */
    public static ClusterAddress parse(String url, Map<String, String> env) {
        Objects.requireNonNull(url, "url");
        List<URI> nodes = new ArrayList<>();
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        for (String part : url.split(",")) {
            String u = part.strip();
            URI uri;
            try {
                uri = URI.create(u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("an OpenSearch URL looks like http://127.0.0.1:9200, not '" + u + "'", e);
            }
            String scheme = uri.getScheme();
            if (uri.getHost() == null || scheme == null || !(scheme.equals("http") || scheme.equals("https"))
                    || uri.getPort() < 0 && scheme.equals("http") || !uri.getRawPath().isEmpty() || uri.getRawQuery() != null) {
                throw new IllegalArgumentException("an OpenSearch URL looks like http://127.0.0.1:9200 (several separated by commas), not '" + u + "'");
            }
            if (uri.getRawUserInfo() != null) {
                String[] userInfo = uri.getRawUserInfo().split(":", 2);
                if (userInfo.length != 2) {
                    throw new IllegalArgumentException("credentials in an OpenSearch URL are user:password@, in '" + host(uri) + "'");
                }
                user = Optional.of(URLDecoder.decode(userInfo[0], StandardCharsets.UTF_8));
                password = Optional.of(URLDecoder.decode(userInfo[1], StandardCharsets.UTF_8));
            }
            nodes.add(URI.create(scheme + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())));
        }
        if (user.isEmpty()) {
            user = Optional.ofNullable(env.get(ENV_USER)).filter(s -> !s.isBlank());
            password = Optional.ofNullable(env.get(ENV_PASSWORD));
            if (user.isPresent() && password.isEmpty()) {
                throw new IllegalArgumentException(ENV_USER + " is set without " + ENV_PASSWORD);
            }
            if (user.isEmpty()) {
                password = Optional.empty();
            }
        }
        return new ClusterAddress(nodes, user, password);
    }

    /** Parses {@code url} with the process's environment. */
    public static ClusterAddress parse(String url) {
        return parse(url, System.getenv());
    }

    /** The {@code Authorization} header value, when there are credentials. */
    public Optional<String> authorization() {
        return user.map(u -> "Basic " + Base64.getEncoder().encodeToString((u + ":" + password.orElseThrow()).getBytes(StandardCharsets.UTF_8)));
    }

    /** The nodes without credentials, comma-separated: what messages show. */
    public String shown() {
        return String.join(",", nodes.stream().map(ClusterAddress::host).toList());
    }

    private static String host(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    /** The port a node answers on: its own, else the scheme's. */
    static int port(URI node) {
        return node.getPort() >= 0 ? node.getPort() : node.getScheme().equals("https") ? 443 : 80;
    }

    @Override
    public String toString() {
        return shown() + user.map(u -> " (as " + u + ")").orElse("");
    }
}
