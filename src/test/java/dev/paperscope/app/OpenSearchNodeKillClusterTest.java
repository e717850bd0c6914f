package dev.paperscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperscope.catalog.ResolvedRecord;
import dev.paperscope.index.IndexSchema;
import dev.paperscope.index.opensearch.ClusterInfo;
import dev.paperscope.index.opensearch.IndexSettings;
import dev.paperscope.index.opensearch.OpenSearchConnection;
import dev.paperscope.index.opensearch.OpenSearchIndex;
import dev.paperscope.search.Bm25Params;
import dev.paperscope.search.opensearch.OpenSearchBackend;
import dev.paperscope.testing.DevData;
import dev.paperscope.testing.TestCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Kills one node of a real three-node cluster (SIGKILL, the node's own process) while one client searches
 * a data folder's records through the cluster and another writes records in bulk: every write the cluster
 * acknowledged is found afterwards, searches keep answering, the folder's health says degraded, and the
 * clients said which node stopped answering. Every index has one replica per shard, so one node can die.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenSearchNodeKillClusterTest {
    private static final int BATCH = 10;
    private static final List<String> QUERIES = List.of("learning", "reinforcement learning robots", "\"neural networks\"", "author:elad",
            "title:learning year:2023", "kind:paper learning", "robot");
    private TestCluster cluster;
    private Path data;
    private Paperscope folder;
    private final List<ResolvedRecord> records = new ArrayList<>();

    @BeforeAll
    void start() throws Exception {
        cluster = TestCluster.start(3);
        data = Files.createTempDirectory("paperscope-kill-test");
        Path fixtures = DevData.REPO.resolve("src/test/resources/fixtures");
        List<Path> files = List.of(fixtures.resolve("icml2023-sample.jsonl"), fixtures.resolve("corl2024.jsonl"), fixtures.resolve("uai2023.csv"),
                fixtures.resolve("iclr2020-sample.csv"));
        BackendChoice.choose(data, Optional.of("opensearch"), Optional.of(cluster.info().nodeUrls()), Map.of());
        folder = Paperscope.open(data);
        folder.ingest(files, Optional.empty(), IngestListener.NONE);
        folder.catalog().derived().forEachResolved(records::add);
    }

    @AfterAll
    void stop() throws Exception {
        try {
            if (folder != null) {
                folder.close();
            }
        } finally {
            if (cluster != null) {
                cluster.close();
            }
        }
    }

    @Test
    void killingANodeLosesNoAcknowledgedWriteAndSearchesGoOn() throws Exception {
        List<String> said = Collections.synchronizedList(new ArrayList<>());
        IndexSettings settings = new IndexSettings("kill-test-writes", 3, 1, Bm25Params.DEFAULT.k1(), Bm25Params.DEFAULT.b(), List.of());
        ClusterInfo info = cluster.info();
        try (OpenSearchConnection writes = OpenSearchConnection.open(info.nodeUrls(), said::add);
             OpenSearchConnection reads = OpenSearchConnection.open(info.nodeUrls(), said::add)) {
            OpenSearchIndex writeIndex = OpenSearchIndex.create(writes, settings, said::add);
            OpenSearchBackend writer = new OpenSearchBackend(writeIndex, false);
            OpenSearchBackend searcher = new OpenSearchBackend(OpenSearchIndex.existing(reads, settings, said::add).orElseThrow(), false);
            Set<String> acknowledged = Collections.synchronizedSet(new HashSet<>());
            List<String> writeErrors = Collections.synchronizedList(new ArrayList<>());
            List<String> searchErrors = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger searches = new AtomicInteger();
            AtomicInteger batches = new AtomicInteger();
            AtomicBoolean running = new AtomicBoolean(true);
            Thread writing = Thread.ofPlatform().name("kill-test-writer").start(() -> {
                for (int n = 0; running.get(); n++) {
                    List<ResolvedRecord> batch = new ArrayList<>();
                    for (int i = 0; i < BATCH; i++) {
                        ResolvedRecord r = records.get((n * BATCH + i) % records.size());
                        batch.add(new ResolvedRecord(r.record().withId("w" + n + "-" + i + "-" + r.record().id()), r.workId(), r.recovery(),
                                r.authorKeys(), r.yearCorrection()));
                    }
                    try {
                        writer.upsert(batch, List.of());
                        batch.forEach(r -> acknowledged.add(r.record().id())); // the cluster answered the bulk request without an error
                        batches.incrementAndGet();
                    } catch (RuntimeException e) {
                        writeErrors.add(e.getMessage());
                    }
                }
            });
            Map<String, Long> expected = new java.util.HashMap<>(); // the folder is not written during the run: totals must not move
            for (String query : QUERIES) {
                expected.put(query, folder.search(query, 10, SearchOptions.DEFAULT.withRetriever(Retriever.BM25)).total());
            }
            Thread searching = Thread.ofPlatform().name("kill-test-searcher").start(() -> {
                for (int n = 0; running.get(); n++) {
                    String query = QUERIES.get(n % QUERIES.size());
                    try {
                        long total = folder.search(query, 10, SearchOptions.DEFAULT.withRetriever(Retriever.BM25)).total();
                        searcher.bm25(query, 10);
                        if (total != expected.get(query)) {
                            searchErrors.add(query + ": " + total + " hits, " + expected.get(query) + " before the kill");
                        }
                        searches.incrementAndGet();
                    } catch (RuntimeException e) {
                        searchErrors.add(query + ": " + e.getMessage());
                    }
                }
            });
            long started = System.nanoTime();
            awaitUntil(() -> batches.get() >= 10 && searches.get() >= 10, Duration.ofSeconds(120));
            ClusterInfo.Node victim = info.nodes().getLast();
            int beforeKill = acknowledged.size();
            long killedAt = System.nanoTime();
            ProcessHandle node = ProcessHandle.of(victim.pid()).orElseThrow();
            node.destroyForcibly(); // SIGKILL: the node gets no chance to hand anything over
            node.onExit().get();
            int batchesAtKill = batches.get();
            int searchesAtKill = searches.get();
            awaitUntil(() -> System.nanoTime() - killedAt > Duration.ofSeconds(8).toNanos() && batches.get() >= batchesAtKill + 10
                    && searches.get() >= searchesAtKill + 10, Duration.ofSeconds(120));
            running.set(false);
            writing.join(Duration.ofSeconds(120));
            searching.join(Duration.ofSeconds(120));
            assertThat(writing.isAlive() || searching.isAlive()).as("the clients finished").isFalse();
            double seconds = (System.nanoTime() - started) / 1e9;

            writer.commit(0); // refresh: everything acknowledged is searchable now
            Set<String> found = foundOf(writeIndex, acknowledged);
            BackendStatus health = folder.searchBackend();
            System.out.printf("node-kill figures: %d records in %d bulk writes acknowledged (%d before the kill), %d found after, %d write errors, "
                            + "%d searches, %d search errors, %d lines said, %.1f s; killed %s (pid %d); health %s with %d nodes%n",
                    acknowledged.size(), batches.get(), beforeKill, found.size(), writeErrors.size(), searches.get(), searchErrors.size(), said.size(),
                    seconds, victim.name(), victim.pid(), health.health().orElse("?"), health.nodes());
            said.forEach(line -> System.out.println("  said: " + line));

            assertThat(expected.values()).as("the queries match records").anyMatch(n -> n > 0);
            assertThat(batches.get()).as("writes acknowledged after the kill").isGreaterThan(batchesAtKill);
            assertThat(found).as("every acknowledged write is found").containsAll(acknowledged).hasSize(acknowledged.size());
            assertThat(searchErrors).as("errors the searching client saw").isEmpty();
            assertThat(writeErrors).as("errors the writing client saw").isEmpty();
            assertThat(health.degraded()).as("health after a node died: " + health).isTrue();
            assertThat(health.nodes()).isEqualTo(2);
            assertThat(said).as("the clients said which node stopped answering")
                    .anyMatch(line -> line.contains("127.0.0.1:" + victim.httpPort()) && line.contains("did not answer"));
        }
    }

    /** The ids among {@code ids} that the index holds, asked in pages of ids. */
    private static Set<String> foundOf(OpenSearchIndex index, Set<String> ids) {
        List<String> all = new ArrayList<>(ids);
        Set<String> found = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        for (int from = 0; from < all.size(); from += 1_000) {
            List<String> page = all.subList(from, Math.min(all.size(), from + 1_000));
            ObjectNode body = json.createObjectNode();
            body.put("size", page.size());
            var values = body.putObject("query").putObject("terms").putArray(IndexSchema.ID);
            page.forEach(values::add);
            body.putArray("_source").add(IndexSchema.ID);
            index.search(body, false).path("hits").path("hits").forEach(h -> found.add(h.path("_source").path(IndexSchema.ID).asText()));
        }
        return found;
    }

    private static void awaitUntil(java.util.function.BooleanSupplier done, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited at most " + atMost.toSeconds() + " s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
