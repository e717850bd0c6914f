package dev.paperscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code bench --embeddings} on a handful of real passages (a demo page shipped in the repository); what it measures is not asserted, only its contract. */
class BenchEmbeddingsCommandTest {
    private static final String TEXTS = Path.of(System.getProperty("paperscope.repo", "."))
            .resolve("demo/seeds/004_d2faed4b193087f1.txt").toString();

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new String[] {Integer.toString(exit), out.toString(), err.toString()};
    }

    @Test
    void printsOneRowPerConfigurationAndTheCorpus() {
        String[] r = run("bench", "--embeddings", "--texts", TEXTS, "--docs", "3", "--model", "bge-small-en-v1.5-q",
                "--batch-sizes", "2", "--max-tokens", "64", "--no-reference");

        assertThat(r[0]).as(r[2]).isEqualTo("0");
        assertThat(r[1]).containsPattern("bge-small-en-v1\\.5-q +batched ONNX +2 +64 ")
                .contains("3 passages (title + abstract").doesNotContain("langchain4j embedAll");
    }

    @Test
    void queryEmbeddingPrintsALatencyRowPerModel() {
        String[] r = run("bench", "--query-embedding", "--texts", TEXTS, "--queries", "5", "--model", "bge-small-en-v1.5-q",
                "--model", "all-minilm-l6-v2-q");

        assertThat(r[0]).as(r[2]).isEqualTo("0");
        assertThat(r[1]).contains("5 queries (mean ").containsPattern("(?m)^bge-small-en-v1\\.5-q +[0-9.]+ +[0-9.]+ ")
                .containsPattern("(?m)^all-minilm-l6-v2-q +[0-9.]+ +[0-9.]+ ").doesNotContain("e5-small");
        assertThat(run("bench", "--query-embedding", "--model", "bert-huge")[0]).isEqualTo("2");
    }

    @Test
    void unknownModelsAndBadSizesAreUsageErrors() {
        assertThat(run("bench", "--embeddings", "--model", "bert-huge")[0]).isEqualTo("2");
        assertThat(run("bench", "--embeddings", "--batch-sizes", "0")[0]).isEqualTo("2");
        assertThat(run("bench", "--embeddings", "--max-tokens", "4096")[0]).isEqualTo("2");
    }
}
