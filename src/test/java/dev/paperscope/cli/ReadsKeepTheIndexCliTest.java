package dev.paperscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperscope.app.EmbeddingSetup;
import dev.paperscope.index.VectorQuantization;
import dev.paperscope.testing.HashingEmbedder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder whose index was built with other vectors (none, or other models) than the ones it is opened with:
 * read commands use the index as built (BM25 where the vectors are missing, with a note saying how to add them) and
 * never rebuild it or embed anything; only {@code reindex} changes which vectors the index holds.
 */
class ReadsKeepTheIndexCliTest {
    private static final Path SEEDS = Path.of(System.getProperty("paperscope.repo", ".")).resolve("demo/seeds");
    private static final String ORALS = "002_3526288c33920918.txt";
    private static final String SCHEDULE = "004_d2faed4b193087f1.txt";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    /** The folder's model; every embedder it loaded (none loaded means nothing was embedded). */
    private final HashingModel hashing = new HashingModel(VectorQuantization.NONE);
    private final Optional<EmbeddingSetup> model = hashing.setup();
    private final List<HashingEmbedder> loaded = hashing.loaded();

    @BeforeEach
    void setUp() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(SEEDS.resolve(ORALS), in.resolve(ORALS));
        Files.createDirectories(dir.resolve("later"));
        Files.copy(SEEDS.resolve(SCHEDULE), dir.resolve("later").resolve(SCHEDULE));
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    private static CliRun ok(CliRun r) {
        assertThat(r.exit()).as(r.err()).isZero();
        return r;
    }

    /** The Lucene commit generation of {@code data/sub}: it moves with every commit, a rebuild included. */
    private long commit(String sub) throws IOException {
        try (Directory d = FSDirectory.open(dir.resolve("data").resolve(sub))) {
            return SegmentInfos.readLatestCommit(d).getGeneration();
        }
    }

    private List<Long> commits() throws IOException {
        return List.of(commit("index"), commit("passages"));
    }

    @Test
    void readsWithModelsOfAnIndexBuiltWithoutVectorsNeitherRebuildNorEmbedAndOnlyReindexAddsThem() throws IOException {
        ok(CliRun.of(Optional.empty(), "ingest", "--data", data(), dir.resolve("in").toString()));
        List<Long> built = commits();

        ok(CliRun.of(model, "files", "--data", data()));
        ok(CliRun.of(model, "export", "--data", data(), "--works"));
        JsonNode search = JSON.readTree(ok(CliRun.of(model, "search", "--data", data(), "--json", "diffusion")).out());
        ok(CliRun.of(model, "ask", "--data", data(), "what is diffusion planning?"));

        assertThat(commits()).as("no read rewrote the record or passage index").isEqualTo(built);
        assertThat(loaded).as("no read loaded a model: nothing was embedded").isEmpty();
        assertThat(search.path("hits").size()).isPositive();
        assertThat(search.path("notes").toString()).contains("searched with BM25 only")
                .contains("the index has no vectors for test-hashing-128").contains("paperscope reindex");
        CliRun dense = CliRun.of(model, "search", "--data", data(), "--retriever", "dense", "diffusion");
        assertThat(dense.exit()).isEqualTo(1);
        assertThat(dense.err()).contains("the index has no vectors for test-hashing-128").contains("paperscope reindex");

        ok(CliRun.of(model, "ingest", "--data", data(), dir.resolve("later").toString()));
        assertThat(commits().getFirst()).as("the ingest's records are indexed").isGreaterThan(built.getFirst());
        assertThat(loaded).as("an ingest keeps the index as built: BM25 only, nothing embedded").isEmpty();
        assertThat(JSON.readTree(ok(CliRun.of(model, "search", "--data", data(), "--json", "schedule")).out()).path("notes").toString())
                .contains("the index has no vectors for test-hashing-128");

        ok(CliRun.of(model, "reindex", "--data", data()));
        assertThat(loaded).as("reindex embeds the records").isNotEmpty();
        JsonNode hybrid = JSON.readTree(ok(CliRun.of(model, "search", "--data", data(), "--json", "diffusion")).out());
        assertThat(hybrid.path("notes").toString()).doesNotContain("BM25 only").doesNotContain("no vectors");
        ok(CliRun.of(model, "search", "--data", data(), "--retriever", "dense", "diffusion"));
    }

    @Test
    void readsWithoutModelsOfAnIndexWithVectorsKeepTheVectors() throws IOException {
        ok(CliRun.of(model, "ingest", "--data", data(), dir.resolve("in").toString()));
        List<Long> built = commits();
        int loadedByIngest = loaded.size();

        JsonNode search = JSON.readTree(ok(CliRun.of(Optional.empty(), "search", "--data", data(), "--json", "diffusion")).out());
        ok(CliRun.of(Optional.empty(), "export", "--data", data(), "--works"));
        assertThat(search.path("notes").toString()).contains("searched with BM25 only").contains("PAPERSCOPE_MODEL=none");
        assertThat(commits()).as("opening without models dropped no vectors").isEqualTo(built);

        JsonNode hybrid = JSON.readTree(ok(CliRun.of(model, "search", "--data", data(), "--json", "diffusion")).out());
        assertThat(hybrid.path("notes").toString()).as("the vectors are still there: hybrid").doesNotContain("BM25 only");
        assertThat(commits()).isEqualTo(built);
        assertThat(loaded.stream().skip(loadedByIngest).mapToInt(HashingEmbedder::passagesEmbedded).sum())
                .as("the search embedded its query, no passage").isZero();
    }
}
