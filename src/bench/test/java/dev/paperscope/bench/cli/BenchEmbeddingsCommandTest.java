package dev.paperscope.bench.cli;

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
        int exit = BenchMain.run(java.util.Arrays.copyOfRange(args, 1, args.length), new PrintWriter(out, true), new PrintWriter(err, true));
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

    /** Dev data is never assumed: without --data-root (or PAPERSCOPE_DATA_ROOT) a bench that needs it names the option. */
    @Test
    void withoutADataRootTheBenchNamesTheOption() {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("PAPERSCOPE_DATA_ROOT") == null,
                "skipped: PAPERSCOPE_DATA_ROOT is set in this environment");
        String[] r = run("bench", "--queries", "5");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("bench without --corpus needs the development data: give --data-root DIR").contains("PAPERSCOPE_DATA_ROOT");
        String[] help = run("bench", "--help");
        assertThat(help[0]).isEqualTo("0");
        assertThat(help[1]).contains("Usage: paperscope bench").contains("--data-root");
    }
}
