package dev.paperscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperscope.eval.BeirFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval} and {@code regressions}: output shapes and exit codes (0 ok, 1 failure, 2 usage error). */
class EvalCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void evalPrintsOneJsonObjectAndTheWrittenRunScoresTheSame() throws IOException {
        String beir = BeirFixture.write(dir.resolve("tiny")).toString();
        Path runFile = dir.resolve("tiny.run");
        CliRun retrieved = run("eval", "--beir", beir, "--json", "--run-out", runFile.toString());
        assertThat(retrieved.exit()).as(retrieved.err()).isZero();
        JsonNode json = JSON.readTree(retrieved.out());
        assertThat(json.get("retriever").asText()).isEqualTo("bm25");
        assertThat(json.get("model").isNull()).isTrue();
        assertThat(json.get("queries").asInt()).isEqualTo(3);
        assertThat(json.get("ndcg@10").asDouble()).isCloseTo(2.0 / 3, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(json.has("recall@100") && json.has("mrr@10") && json.has("index_seconds") && json.has("search_seconds")).isTrue();
        assertThat(Files.readAllLines(runFile)).first().asString().matches("q2 Q0 d1 1 \\S+ paperscope-bm25");

        CliRun scored = run("eval", "--beir", beir, "--json", "--run-in", runFile.toString());
        assertThat(scored.exit()).as(scored.err()).isZero();
        JsonNode again = JSON.readTree(scored.out());
        assertThat(again.get("retriever").asText()).isEqualTo("run-file");
        for (String metric : new String[] {"ndcg@10", "recall@100", "mrr@10", "queries"}) {
            assertThat(again.get(metric)).as(metric).isEqualTo(json.get(metric));
        }
    }

    @Test
    void textOutputNamesTheMetrics() throws IOException {
        CliRun r = run("eval", "--beir", BeirFixture.write(dir.resolve("tiny")).toString(), "--queries", "2");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("split test, 2 queries, 4 documents").contains("nDCG@10     1.0000").contains("Recall@100")
                .contains("MRR@10").containsPattern("index \\d+\\.\\d\\d s, search");
    }

    @Test
    void usageErrorsExit2AndBadDataExits1() throws IOException {
        String beir = BeirFixture.write(dir.resolve("tiny")).toString();
        CliRun splade = run("eval", "--beir", beir, "--retriever", "splade");
        assertThat(splade.exit()).isEqualTo(2);
        assertThat(splade.err()).contains("unknown retriever \"splade\"; available: bm25, product-bm25, product-dense, product-hybrid, dense, hybrid");
        assertThat(run("eval", "--beir", beir, "--retriever", "hybrid", "--depth", "10").exit()).as("depth is search's own").isEqualTo(2);
        assertThat(run("eval", "--beir", beir, "--retriever", "dense", "--model", "word2vec").exit()).isEqualTo(2);
        assertThat(run("eval", "--beir", beir, "--retriever", "hybrid", "--fusion", "max").exit()).isEqualTo(2);
        assertThat(run("eval", "--beir", beir, "--run-in", "x.run", "--retriever", "bm25").exit()).isEqualTo(2);
        assertThat(run("eval", "--beir", beir, "--hits", "10").exit()).isEqualTo(2);
        assertThat(run("eval", "--beir", beir, "--k1", "-1").exit()).isEqualTo(2);
        assertThat(run("regressions", "--only", "no-such-entry").exit()).isEqualTo(2);

        Files.writeString(dir.resolve("tiny/qrels/test.tsv"), "query-id\tcorpus-id\tscore\nq1\td1\n");
        CliRun bad = run("eval", "--beir", beir);
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("test.tsv:2: expected 3 tab-separated columns");
    }

    @Test
    void regressionsSkipsAbsentData() throws IOException {
        Files.createDirectories(dir.resolve("data"));
        CliRun skipped = run("regressions", "--only", "scifact-bm25-flat", "--data-root", dir.resolve("data").toString());
        assertThat(skipped.exit()).isZero();
        assertThat(skipped.out()).startsWith("SKIP  scifact-bm25-flat").contains("ndcg@10").contains("mrr@10")
                .contains("0 passed, 0 failed, 3 skipped");
    }

    /** Development data is never assumed: without --data-root (or PAPERSCOPE_DATA_ROOT) regressions say what to give. */
    @Test
    void regressionsWithoutADataRootNameTheOption() {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("PAPERSCOPE_DATA_ROOT") == null,
                "skipped: PAPERSCOPE_DATA_ROOT is set in this environment");
        CliRun r = run("regressions", "--only", "scifact-bm25-flat");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("regressions needs the development data: give --data-root DIR").contains("PAPERSCOPE_DATA_ROOT");
        CliRun notAFolder = run("regressions", "--data-root", dir.resolve("nowhere").toString());
        assertThat(notAFolder.exit()).isEqualTo(2);
        assertThat(notAFolder.err()).contains("--data-root " + dir.resolve("nowhere") + " is not a folder");
        CliRun listed = run("regressions", "--list");
        assertThat(listed.exit()).as("listing needs no data").isZero();
        assertThat(listed.out()).contains("scifact-product-bm25").contains("ndcg@10");
    }
}
