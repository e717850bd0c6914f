package dev.paperscope.index.opensearch;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The OpenSearch distribution zip and its k-NN plugin zip, as the build fetched them from Maven Central
 * (pom.xml copies both into {@code target/opensearch}); found beside the product's classes or jar, else in
 * the local Maven repository, else in {@code $PAPERSCOPE_OPENSEARCH_DIST}. Nothing is downloaded here.
 */
public record OpenSearchDistribution(Path distributionZip, Path knnPluginZip) {
    public static final String VERSION = "3.5.0";
    public static final String KNN_VERSION = "3.5.0.0";
    static final String DIST_FILE = "opensearch-" + VERSION + ".zip";
    static final String KNN_FILE = "opensearch-knn-" + KNN_VERSION + ".zip";

    /** The folder the distribution unpacks to. */
    public static String homeName() {
        return "opensearch-" + VERSION;
    }

    /** The two zips, or empty with the places looked at in {@code looked}. */
    public static Optional<OpenSearchDistribution> find(List<Path> looked) {
        for (Path dir : candidates()) {
            Path dist = dir.resolve(DIST_FILE);
            Path knn = dir.resolve(KNN_FILE);
            looked.add(dir);
            if (Files.isRegularFile(dist) && Files.isRegularFile(knn)) {
                return Optional.of(new OpenSearchDistribution(dist, knn));
            }
        }
        Path m2 = Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "opensearch");
        Path dist = m2.resolve("distribution/integ-test-zip/opensearch").resolve(VERSION).resolve(DIST_FILE);
        Path knn = m2.resolve("plugin/opensearch-knn").resolve(KNN_VERSION).resolve(KNN_FILE);
        looked.add(m2);
        if (Files.isRegularFile(dist) && Files.isRegularFile(knn)) {
            return Optional.of(new OpenSearchDistribution(dist, knn));
        }
        return Optional.empty();
    }

    /** The two zips; a clear error naming where they were looked for and how to get them. */
    public static OpenSearchDistribution require() {
        List<Path> looked = new ArrayList<>();
        return find(looked).orElseThrow(() -> new OpenSearchException("the OpenSearch " + VERSION + " distribution and its k-NN plugin"
                + " were not found (looked in " + looked + "); build once with Maven online (`mvn -DskipTests package`, or any"
                + " bin/paperscope command after a source change) so it fetches them from Maven Central"));
    }

    private static List<Path> candidates() {
        List<Path> dirs = new ArrayList<>();
        String env = System.getenv("PAPERSCOPE_OPENSEARCH_DIST");
        if (env != null && !env.isBlank()) {
            dirs.add(Path.of(env));
        }
        try {
            // target/classes (tests, IDE) or target/paperscope.jar: either way its parent is target/
            Path code = Path.of(OpenSearchDistribution.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (code.getParent() != null) {
                dirs.add(code.getParent().resolve("opensearch"));
            }
        } catch (URISyntaxException | RuntimeException e) {
            // no code source (an unusual class loader): the Maven repository is still looked in
        }
        return dirs;
    }
}
