package dev.paperscope.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paperscope.index.VectorQuantization;
import dev.paperscope.index.VectorSpace;
import dev.paperscope.index.opensearch.ClusterHealth;
import dev.paperscope.index.opensearch.IndexSettings;
import dev.paperscope.index.opensearch.LocalCluster;
import dev.paperscope.index.opensearch.OpenSearchConnection;
import dev.paperscope.index.opensearch.OpenSearchIndex;
import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.search.Bm25Params;
import dev.paperscope.search.LuceneBackend;
import dev.paperscope.search.Ranked;
import dev.paperscope.search.Ranking;
import dev.paperscope.search.SearchBackend;
import dev.paperscope.search.dense.Passage;
import dev.paperscope.search.opensearch.OpenSearchBackend;
import dev.paperscope.testing.DevData;
import dev.paperscope.testing.HashingEmbedder;
import dev.paperscope.testing.TestCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same records in a real two-node OpenSearch cluster (one shard replica each) and in the embedded
 * index: BM25 rankings and scores agree query by query, k-NN finds the nearest passages. One cluster
 * serves the whole class; it is stopped after it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenSearchIndexClusterTest {
    private static final HashingEmbedder EMBEDDER = new HashingEmbedder("test-hashing", 32, Map.of());
    private TestCluster cluster;
    private Path data;
    private Paperscope ps;
    private OpenSearchBackend backend;
    private OpenSearchSync.Report report;
    private final Map<String, float[]> vectors = new LinkedHashMap<>();
    /** The same files in two data folders with the same embedding model: one searches embedded, one through the cluster. */
    private Paperscope embeddedFolder;
    private Paperscope clusterFolder;

    @BeforeAll
    void start() throws Exception {
        cluster = TestCluster.start(2);
        data = Files.createTempDirectory("paperscope-os-test");
        ps = Paperscope.open(data);
        Path fixtures = DevData.REPO.resolve("src/test/resources/fixtures");
        Path reference = DevData.REPO.resolve("src/test/resources/reference");
        ps.ingest(List.of(fixtures.resolve("icml2023-sample.jsonl"), fixtures.resolve("corl2024.jsonl"), fixtures.resolve("iclr2020-sample.csv"),
                fixtures.resolve("colt-accents.bib"), fixtures.resolve("uai2023.csv"), fixtures.resolve("html/icml-orals.html"),
                fixtures.resolve("html/reading-list.html"), reference.resolve("icml2023_sample.jsonl"), reference.resolve("neurips2022_sample.jsonl")),
                Optional.empty(), IngestListener.NONE);
        List<SourceRecord> records = new ArrayList<>();
        ps.exportRecords(records::add);
        Map<String, float[]> byHash = new LinkedHashMap<>();
        for (SourceRecord r : records) {
            Passage.of(r).ifPresent(p -> {
                float[] v = EMBEDDER.embedPassages(List.of(p.text())).getFirst();
                byHash.put(p.sha256(), v);
                vectors.put(r.id(), v);
            });
        }
        ps.catalog().embeddings().put(EMBEDDER.modelId(), byHash);
        List<VectorSpace> spaces = List.of(new VectorSpace(EMBEDDER.modelId(), EMBEDDER.dimension()));
        OpenSearchConnection connection = OpenSearchConnection.open(cluster.info().url());
        OpenSearchIndex index = OpenSearchIndex.create(connection,
                new IndexSettings("test-records", 2, 1, Bm25Params.DEFAULT.k1(), Bm25Params.DEFAULT.b(), spaces), System.err::println);
        backend = new OpenSearchBackend(index, true);
        report = ps.opensearch().rebuild(backend, spaces, n -> { });
        List<Path> files = List.of(fixtures.resolve("icml2023-sample.jsonl"), fixtures.resolve("corl2024.jsonl"), fixtures.resolve("uai2023.csv"),
                fixtures.resolve("html/icml-orals.html"), reference.resolve("icml2023_sample.jsonl"));
        embeddedFolder = Paperscope.open(data.resolve("lucene"), hashing(), false);
        embeddedFolder.ingest(files, Optional.empty(), IngestListener.NONE);
        BackendChoice.choose(data.resolve("opensearch"), Optional.of("opensearch"), Optional.of(cluster.info().url()), Map.of());
        clusterFolder = Paperscope.open(data.resolve("opensearch"), hashing(), false);
        clusterFolder.ingest(files, Optional.empty(), IngestListener.NONE);
    }

    private static Optional<EmbeddingSetup> hashing() {
        return Optional.of(new EmbeddingSetup(new VectorSpace(EMBEDDER.modelId(), EMBEDDER.dimension()), VectorQuantization.NONE, () -> EMBEDDER));
    }

    @AfterAll
    void stop() throws Exception {
        try {
            if (backend != null) {
                backend.close();
            }
            for (Paperscope p : new Paperscope[] {embeddedFolder, clusterFolder}) {
                if (p != null) {
                    p.close();
                }
            }
            if (ps != null) {
                ps.close();
            }
        } finally {
            if (cluster != null) {
                var nodes = cluster.info().nodes();
                boolean owned = System.getenv("PAPERSCOPE_TEST_CLUSTER_DIR") == null;
                cluster.close();
                for (var n : owned ? nodes : List.<dev.paperscope.index.opensearch.ClusterInfo.Node>of()) {
                    assertThat(ProcessHandle.of(n.pid()).map(ProcessHandle::isAlive).orElse(false)).as(n.name() + " stopped").isFalse();
                }
            }
        }
    }

    @Test
    void everyRecordIsIndexedWithTheCatalogGenerationAndHealthIsGreen() {
        assertThat(report.records()).isEqualTo(ps.recordCount()).isGreaterThan(30);
        assertThat(report.withoutVector()).containsEntry(EMBEDDER.modelId(), ps.recordCount() - vectors.size());
        assertThat(backend.generation()).isEqualTo(report.catalogGeneration()).isPositive();
        assertThat(LocalCluster.status(cluster.dir()).nodes()).allMatch(LocalCluster.NodeStatus::alive);
        // replicas may still be allocating on a busy machine: green within a bounded wait
        Optional<ClusterHealth> health = ClusterHealth.of(cluster.info().url(), Duration.ofSeconds(5));
        for (long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos(); health.isPresent() && !health.get().status().equals("green")
                && System.nanoTime() < deadline; health = ClusterHealth.of(cluster.info().url(), Duration.ofSeconds(5))) {
            sleep(Duration.ofMillis(250));
        }
        assertThat(health).isPresent();
        assertThat(health.get().nodes()).isEqualTo(2);
        assertThat(health.get().status()).isEqualTo("green"); // two nodes hold every shard and its replica
    }

    @ParameterizedTest
    @ValueSource(strings = {"learning", "reinforcement learning robots", "\"neural networks\"", "diffusion policy -robot",
        "author:elad", "author:muller", "title:learning year:2023", "kind:paper language", "source:uai2023 causal", "year:2022..2023 learning",
        "stochastic author:\"Michael Elad\"", "the of and"})
    void bm25RankingsAndScoresAgreeWithTheEmbeddedIndex(String query) {
        Ranking embedded = new LuceneBackend(ps.index(), Bm25Params.DEFAULT).bm25(query, 10);
        Ranking opensearch = backend.bm25(query, 10);
        if (!query.equals("the of and")) {
            assertThat(embedded.ranked()).as("the corpus has matches for " + query).isNotEmpty();
        }
        assertThat(opensearch.total()).as("matches of " + query).isEqualTo(embedded.total());
        assertThat(ids(opensearch)).as("ranking of " + query).isEqualTo(ids(embedded));
        for (int i = 0; i < embedded.ranked().size(); i++) {
            assertThat(opensearch.ranked().get(i).score()).as("score of " + embedded.ranked().get(i).id() + " for " + query)
                    .isCloseTo(embedded.ranked().get(i).score(), within(1e-4f * Math.max(1f, embedded.ranked().get(i).score())));
        }
    }

    @Test
    void candidatesAreScoredAsTheRankingScoresThem() {
        Ranking top = backend.bm25("learning", 5);
        Map<String, Float> scores = backend.bm25Scores("learning", ids(top));
        for (Ranked r : top.ranked()) {
            assertThat(scores.get(r.id())).isCloseTo(r.score(), within(1e-5f));
        }
    }

    @Test
    void knnFindsTheNearestPassagesInExactOrder() {
        Map.Entry<String, float[]> probe = vectors.entrySet().iterator().next();
        Ranking knn = backend.knn(0, probe.getValue(), 5, null);
        List<String> exact = vectors.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, float[]> e) -> -dot(e.getValue(), probe.getValue())).thenComparing(Map.Entry::getKey))
                .limit(5).map(Map.Entry::getKey).toList();
        assertThat(knn.ranked().getFirst().score()).isCloseTo(1f, within(1e-4f)); // (1 + cos) / 2 of a vector with itself
        assertThat(ids(knn).getFirst()).isIn(exact.stream().filter(id -> dot(vectors.get(id), probe.getValue()) > 0.9999).toList());
        for (Ranked r : knn.ranked()) {
            assertThat(r.score()).isCloseTo((float) ((1 + dot(vectors.get(r.id()), probe.getValue())) / 2), within(1e-4f));
        }
        assertThat(knn.ranked()).hasSize(5);
    }

    @Test
    void knnKeepsTheQueryFilters() {
        float[] probe = vectors.values().iterator().next();
        Ranking papers = backend.knn(0, probe, 10, "kind:paper year:2023");
        assertThat(papers.ranked()).isNotEmpty();
        Ranking embeddedMatches = new LuceneBackend(ps.index(), Bm25Params.DEFAULT).bm25("kind:paper year:2023", 10_000);
        assertThat(ids(embeddedMatches)).containsAll(ids(papers));
    }

    @ParameterizedTest
    @ValueSource(strings = {"learning", "reinforcement learning robots", "\"neural networks\"", "diffusion policy -robot", "author:elad",
        "title:learning year:2023", "kind:paper language", "source:uai2023 causal", "year:2022..2023 learning", "grasping objects",
        "kind:talk", "zzyzx qqq", "the of and"})
    void everyRetrieverAnswersThroughTheClusterAsEmbedded(String query) {
        for (SearchOptions options : List.of(SearchOptions.DEFAULT.withRetriever(Retriever.BM25), SearchOptions.DEFAULT.withRetriever(Retriever.DENSE),
                SearchOptions.DEFAULT.withRetriever(Retriever.HYBRID), SearchOptions.DEFAULT.withRetriever(Retriever.HYBRID).withFusion(FusionMethod.RRF, SearchOptions.DEFAULT.denseWeight()))) {
            String as = options.retriever().orElseThrow() + "/" + options.fusion() + " of " + query;
            var embedded = embeddedFolder.searches().recordsFaceted(query, 20, options, 10);
            var through = clusterFolder.searches().recordsFaceted(query, 20, options, 10);
            assertThat(through.results().total()).as(as + ": total").isEqualTo(embedded.results().total());
            assertThat(through.results().hits().stream().map(h -> h.id()).toList()).as(as + ": hits")
                    .isEqualTo(embedded.results().hits().stream().map(h -> h.id()).toList());
            for (int i = 0; i < embedded.results().hits().size(); i++) {
                var e = embedded.results().hits().get(i);
                var t = through.results().hits().get(i);
                assertThat(t.score()).as(as + ": score of " + e.id()).isCloseTo(e.score(), within(1e-4f * Math.max(1f, e.score())));
                assertThat(List.of(t.title() == null ? "" : t.title(), t.kind(), t.authors(), t.venue() == null ? "" : t.venue(), String.valueOf(t.year()),
                        t.records())).as(as + ": fields of " + e.id()).isEqualTo(List.of(e.title() == null ? "" : e.title(), e.kind(), e.authors(),
                        e.venue() == null ? "" : e.venue(), String.valueOf(e.year()), e.records()));
            }
            assertThat(through.facets()).as(as + ": facets").isEqualTo(embedded.facets());
            assertThat(through.results().notes()).as(as + ": notes").isEqualTo(embedded.results().notes());
        }
        assertThat(clusterFolder.searches().facets(query, 5)).as("BM25 facets of " + query).isEqualTo(embeddedFolder.searches().facets(query, 5));
    }

    @Test
    void theClusterFolderSearchesTheClusterAndFollowsItsCatalog() throws Exception {
        assertThat(BackendChoice.remembered(clusterFolder.dataDir()).backend()).isEqualTo(BackendChoice.Backend.OPENSEARCH);
        String name = BackendChoice.remembered(clusterFolder.dataDir()).index();
        OpenSearchConnection connection = OpenSearchConnection.open(cluster.info().url());
        try {
            var settings = new IndexSettings(name, 2, 1, Bm25Params.DEFAULT.k1(), Bm25Params.DEFAULT.b(),
                    List.of(new VectorSpace(EMBEDDER.modelId(), EMBEDDER.dimension())));
            var index = OpenSearchIndex.existing(connection, settings, System.err::println);
            assertThat(index).as("the folder's index in the cluster").isPresent();
            assertThat(index.get().count()).isEqualTo(clusterFolder.recordCount());
            assertThat(index.get().generation()).isEqualTo(clusterFolder.catalog().generation());
        } finally {
            connection.close();
        }
        assertThat(clusterFolder.search("grasping", 5, SearchOptions.DEFAULT.withRetriever(Retriever.BM25)).total()).isPositive();
    }

    @Test
    void catalogChangesReachTheClusterFileByFileWithoutARebuild() throws Exception {
        Path dir = Files.createTempDirectory("paperscope-os-incremental");
        Path a = write(dir.resolve("conf-a.jsonl"), 0, 30, "");
        Path b = write(dir.resolve("conf-b.jsonl"), 100, 20, "");
        List<String> said = new ArrayList<>();
        try (Paperscope folder = Paperscope.open(dir.resolve("data"), hashing(), false);
             OpenSearchRecords records = new OpenSearchRecords(new BackendChoice(BackendChoice.Backend.OPENSEARCH, Optional.of(cluster.info().url()),
                     "incremental-test"), folder.catalog(), folder.index(), said::add)) {
            folder.ingest(List.of(a, b), Optional.empty(), IngestListener.NONE);
            records.current();
            assertThat(records.rebuilds()).as("the first use builds the index").isEqualTo(1);
            folder.ingest(List.of(write(dir.resolve("conf-c.jsonl"), 200, 10, "")), Optional.empty(), IngestListener.NONE); // a new file
            records.current();
            folder.ingest(List.of(write(a, 5, 25, " revised")), Optional.empty(), IngestListener.NONE); // an edit: 5 records gone, titles changed
            records.current();
            folder.changes().remove("conf-b.jsonl"); // a removal
            var works = folder.works().all();
            var merged = folder.changes().mergeWorks(works.getFirst().id(), works.getLast().id()); // records of two files, one work
            folder.changes().splitWork(merged.id(), List.of(merged.recordIds().getFirst()));
            SearchBackend synced = records.current();

            assertThat(records.rebuilds()).as("whole rebuilds: " + said).isEqualTo(1);
            assertThat(records.catchUps()).isEqualTo(3);
            assertThat(synced.generation()).isEqualTo(folder.catalog().generation());
            Map<String, JsonNode> incremental = documents(((OpenSearchBackend) synced));
            assertThat(incremental.keySet()).as("the embedded index's records").isEqualTo(embeddedIds(folder));
            assertThat(incremental).hasSize(35);
            OpenSearchConnection connection = OpenSearchConnection.open(cluster.info().url());
            try (OpenSearchBackend fresh = new OpenSearchBackend(OpenSearchIndex.create(connection, new IndexSettings("incremental-fresh", 2, 1,
                    Bm25Params.DEFAULT.k1(), Bm25Params.DEFAULT.b(), folder.index().vectorSpaces()), System.err::println), true)) {
                folder.opensearch().rebuild(fresh, folder.index().vectorSpaces(), n -> { });
                assertThat(incremental).as("every field as a whole rebuild writes it").isEqualTo(documents(fresh));
            }
            assertThat(incremental.values()).anyMatch(d -> d.path("title").asText().endsWith(" revised"));
        }
    }

    /** A JSONL file of {@code count} records numbered from {@code first}, titles ending in {@code suffix}. */
    private static Path write(Path file, int first, int count, String suffix) throws java.io.IOException {
        StringBuilder lines = new StringBuilder();
        String[] topics = {"graph neural networks", "diffusion policy learning", "causal discovery", "robot grasping", "language model alignment"};
        for (int i = first; i < first + count; i++) {
            lines.append(String.format("{\"id\": \"rec%04d\", \"title\": \"On %s number %d%s\", \"authors\": [\"Ada Lovelace%d\", \"Alan Turing\"], "
                    + "\"abstract\": \"We study %s in setting %d.\", \"venue\": \"TESTCONF\", \"year\": %d}%n",
                    i, topics[i % topics.length], i, suffix, i % 7, topics[i % topics.length], i, 2020 + i % 4));
        }
        Files.writeString(file, lines);
        return file;
    }

    /** Every document of an OpenSearch index by record id, as stored. */
    private static Map<String, JsonNode> documents(OpenSearchBackend backend) {
        OpenSearchIndex index = backend.index();
        com.fasterxml.jackson.databind.node.ObjectNode body = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        body.put("size", 10_000).putObject("query").putObject("match_all");
        Map<String, JsonNode> out = new java.util.TreeMap<>();
        index.search(body, false).path("hits").path("hits").forEach(h -> out.put(h.path("_id").asText(), h.path("_source")));
        return out;
    }

    private static java.util.Set<String> embeddedIds(Paperscope folder) {
        return folder.index().withSearcher(s -> {
            java.util.Set<String> ids = new java.util.TreeSet<>();
            try {
                for (var hit : s.search(new org.apache.lucene.search.MatchAllDocsQuery(), 10_000).scoreDocs) {
                    ids.add(s.storedFields().document(hit.doc).get(dev.paperscope.index.IndexSchema.ID));
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return ids;
        });
    }

    private static List<String> ids(Ranking ranking) {
        return ranking.ranked().stream().map(Ranked::id).toList();
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (double) a[i] * b[i];
        }
        return s;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
