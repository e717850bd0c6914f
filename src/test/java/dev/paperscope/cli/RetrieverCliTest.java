package dev.paperscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperscope.app.EmbeddingSetup;
import dev.paperscope.index.VectorQuantization;
import dev.paperscope.index.VectorSpace;
import dev.paperscope.testing.HashingEmbedder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code search --retriever/--fusion} and {@code related}, with the hashing test embedder as the data folder's model. */
class RetrieverCliTest {
    private static final Path SEEDS = Path.of(System.getProperty("paperscope.repo", ".")).resolve("demo/seeds");
    private static final String ORALS = "002_3526288c33920918.txt";
    private static final String SCHEDULE = "004_d2faed4b193087f1.txt";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    /** The folder's model; every embedder it loaded (to check laziness and closing). */
    private final HashingModel hashing = new HashingModel(VectorQuantization.INT8);
    private final Optional<EmbeddingSetup> model = hashing.setup();
    private final List<HashingEmbedder> loaded = hashing.loaded();

    @BeforeEach
    void setUp() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(SEEDS.resolve(ORALS), in.resolve(ORALS));
        Files.copy(SEEDS.resolve(SCHEDULE), in.resolve(SCHEDULE));
    }

    private CliRun run(Optional<EmbeddingSetup> embedding, String... args) {
        return CliRun.of(embedding, args);
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    private void ingest(Optional<EmbeddingSetup> embedding) {
        CliRun r = run(embedding, "ingest", "--data", data(), dir.resolve("in").toString());
        assertThat(r.exit()).as(r.err()).isZero();
    }

    private JsonNode json(CliRun r) throws IOException {
        assertThat(r.exit()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    @Test
    void withoutAModelSearchIsBm25AndSaysWhy() throws IOException {
        ingest(Optional.empty());
        JsonNode r = json(run(Optional.empty(), "search", "--data", data(), "--json", "diffusion"));
        assertThat(r.path("hits").size()).isPositive();
        assertThat(r.path("notes").toString()).contains("searched with BM25 only").contains("opened without embedding models (PAPERSCOPE_MODEL=none");

        CliRun dense = run(Optional.empty(), "search", "--data", data(), "--retriever", "dense", "diffusion");
        assertThat(dense.exit()).isEqualTo(1);
        assertThat(dense.err()).contains("dense retrieval needs vectors");
    }

    @Test
    void withAModelTheDefaultIsHybridAndEachRetrieverCanBeChosen() throws IOException {
        ingest(model);
        JsonNode hybrid = json(run(model, "search", "--data", data(), "--json", "--limit", "5", "diffusion planning"));
        JsonNode bm25 = json(run(model, "search", "--data", data(), "--json", "--limit", "5", "--retriever", "bm25", "diffusion planning"));
        JsonNode dense = json(run(model, "search", "--data", data(), "--json", "--limit", "5", "--retriever", "DENSE", "diffusion planning"));
        JsonNode score = json(run(model, "search", "--data", data(), "--json", "--limit", "5", "--fusion", "score",
                "--dense-weight", "0.3", "diffusion planning"));
        for (JsonNode r : List.of(hybrid, bm25, dense, score)) {
            assertThat(r.path("hits").size()).isEqualTo(5);
            assertThat(r.path("notes").toString()).doesNotContain("BM25 only");
        }
        // Hybrid scores are weighted sums of min-max normalised scores (at most 1); RRF sums are at most 2/61.
        assertThat(hybrid.path("hits").get(0).path("score").asDouble()).isBetween(0.0, 1.0 + 1e-6);
        JsonNode rrf = json(run(model, "search", "--data", data(), "--json", "--limit", "5", "--fusion", "rrf", "diffusion planning"));
        assertThat(rrf.path("hits").get(0).path("score").asDouble()).isLessThanOrEqualTo(2.0 / 61 + 1e-6);
        assertThat(dense.path("hits").get(0).path("score").asDouble()).isBetween(0.5, 1.0);
        assertThat(ids(rrf)).isNotEqualTo(ids(dense));
    }

    /** Issue 13, item 9: a query nothing matches says so, for every retriever, in text and in JSON. */
    @Test
    void aNonsenseQuerySaysNoRecordsMatch() throws IOException {
        Optional<EmbeddingSetup> floored = Optional.of(new EmbeddingSetup(new VectorSpace("test-hashing-1024", 1024), VectorQuantization.INT8,
                () -> new HashingEmbedder("test-hashing-1024", 1024, java.util.Map.of()).withFloor(0.3)));
        ingest(floored);
        for (String retriever : List.of("bm25", "dense", "hybrid")) {
            CliRun text = run(floored, "search", "--data", data(), "--retriever", retriever, "--limit", "20", "qzxv blorptang vurmik");
            assertThat(text.exit()).as(text.err()).isZero();
            assertThat(text.out()).as(retriever).contains("No records match qzxv blorptang vurmik").doesNotContain(" 1. ");
            JsonNode json = json(run(floored, "search", "--data", data(), "--json", "--retriever", retriever, "qzxv blorptang vurmik"));
            assertThat(json.path("total").asLong()).as(retriever).isZero();
            assertThat(json.path("hits").size()).isZero();
            assertThat(json.path("notes").toString()).contains("no records match this query");
        }
        JsonNode some = json(run(floored, "search", "--data", data(), "--json", "--records", "--limit", "1000", "diffusion planning"));
        assertThat(some.path("total").asLong()).as("a real query still matches").isPositive().isEqualTo(some.path("hits").size());
    }

    @Test
    void filtersHoldInHybridSearch() throws IOException {
        ingest(model);
        JsonNode talks = json(run(model, "search", "--data", data(), "--json", "--limit", "50", "language models kind:talk"));
        assertThat(talks.path("hits").size()).isPositive();
        talks.path("hits").forEach(h -> assertThat(h.path("kind").asText()).isEqualTo("talk"));
    }

    @Test
    void theModelLoadsOnlyToEmbedAndIsClosedAfterwards() throws IOException {
        ingest(model);
        assertThat(loaded).hasSize(1).allSatisfy(e -> assertThat(e.closed()).isTrue());
        json(run(model, "search", "--data", data(), "--json", "--retriever", "bm25", "diffusion"));
        assertThat(loaded).as("an up-to-date index and a BM25 search need no model").hasSize(1);
        json(run(model, "search", "--data", data(), "--json", "diffusion"));
        assertThat(loaded).as("a hybrid search embeds its query").hasSize(2);
        assertThat(run(model, "reindex", "--data", data()).exit()).isZero();
        assertThat(loaded).as("a rebuild reads every vector from the catalog's cache").hasSize(2);
        assertThat(loaded).allSatisfy(e -> assertThat(e.closed()).isTrue());
    }

    @Test
    void relatedListsNeighboursWithoutTheRecordItself() throws IOException {
        ingest(model);
        JsonNode first = json(run(model, "search", "--data", data(), "--json", "--records", "--limit", "1", "--retriever", "bm25", "diffusion planning"));
        String id = first.path("hits").get(0).path("id").asText();

        JsonNode related = json(run(model, "related", "--data", data(), "--json", "--limit", "3", id));
        assertThat(related.path("hits").size()).isEqualTo(3);
        assertThat(ids(related)).doesNotContain(id);

        JsonNode kept = json(run(Optional.empty(), "related", "--data", data(), "--json", "--limit", "3", id));
        assertThat(ids(kept)).as("opened without models, the index keeps its vectors: neighbours need no model").isEqualTo(ids(related));
        assertThat(kept.path("notes").toString()).doesNotContain("MoreLikeThis");

        String bm25Only = dir.resolve("bm25-only").toString();
        assertThat(run(Optional.empty(), "ingest", "--data", bm25Only, dir.resolve("in").toString()).exit()).isZero();
        JsonNode fallback = json(run(model, "related", "--data", bm25Only, "--json", "--limit", "3", id));
        assertThat(ids(fallback)).doesNotContain(id);
        assertThat(fallback.path("notes").toString()).contains("MoreLikeThis");

        CliRun text = run(model, "related", "--data", data(), id);
        assertThat(text.exit()).isZero();
        assertThat(text.out()).contains("hits for related to " + id);
    }

    @Test
    void badRetrieverOptionsAndUnknownIdsAreUsageErrors() {
        ingest(Optional.empty());
        assertThat(run(model, "search", "--data", data(), "--retriever", "magic", "x").exit()).isEqualTo(2);
        assertThat(run(model, "search", "--data", data(), "--fusion", "max", "x").exit()).isEqualTo(2);
        assertThat(run(model, "search", "--data", data(), "--dense-weight", "1.5", "x").exit()).isEqualTo(2);
        CliRun unknown = run(Optional.empty(), "related", "--data", data(), "no-such-id");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("no record has id no-such-id");
        assertThat(run(Optional.empty(), "related", "--help").out()).contains("Usage: paperscope related");
    }

    private static List<String> ids(JsonNode results) {
        List<String> ids = new ArrayList<>();
        results.path("hits").forEach(h -> ids.add(h.path("id").asText()));
        return ids;
    }
}
