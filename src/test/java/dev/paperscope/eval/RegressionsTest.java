package dev.paperscope.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegressionsTest {
    static final Path REPO = Path.of(System.getProperty("paperscope.repo", "."));
    static final String SLICE = "scifact-first50-bm25-flat-ndcg";

    @TempDir
    Path dir;

    @Test
    void checkedInEntriesParseAndIncludeTheFullSplitAndTheSlice() {
        List<RegressionEntry> entries = Regressions.load();
        assertThat(entries).extracting(RegressionEntry::name).contains("scifact-bm25-flat-ndcg", SLICE);
        RegressionEntry full = entries.stream().filter(e -> e.name().equals("scifact-bm25-flat-ndcg")).findFirst().orElseThrow();
        assertThat(full.queryLimit()).isNull();
        assertThat(full.expected()).isGreaterThanOrEqualTo(0.675); // Anserini's flat BM25: 0.6789
        assertThat(full.tolerance()).isEqualTo(0.002);
        assertThat(full.models()).as("no models given: the default").containsExactly("bge-small-en-v1.5-q");
        RegressionEntry ensemble = entries.stream().filter(e -> e.name().equals("scifact-hybrid-bge-minilm-q-ndcg")).findFirst().orElseThrow();
        assertThat(ensemble.options().models()).containsExactly("bge-small-en-v1.5-q", "all-minilm-l6-v2-q");
        assertThat(ensemble.expected()).isGreaterThanOrEqualTo(0.74);
    }

    /** The slice of SciFact, through the same code as {@code paperscope regressions}. */
    @Test
    void sciFactSliceMatchesItsExpectedFigure() {
        RegressionEntry slice = Regressions.load().stream().filter(e -> e.name().equals(SLICE)).findFirst().orElseThrow();
        assumeThat(REPO.resolve(slice.path())).as("skipped: needs the development data (BEIR SciFact in ../shared/data beside the clone; a fresh clone does not have it)").isDirectory();
        List<Regressions.Outcome> outcomes = Regressions.run(List.of(slice), REPO, o -> { });
        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.status()).as(o.line()).isEqualTo(Regressions.Status.PASS);
            assertThat(o.line()).contains("[50 queries]");
        });
    }

    /**
     * The sampled slice (first 50 queries over 1,000 documents) with the real default models: each
     * retriever's expected figure, and hybrid above dense above BM25, as on the whole split. The models'
     * int8 vectors vary slightly between CPUs, hence the dense entries' wider tolerance (docs/BENCHMARKS.md).
     */
    @Test
    void sampledSliceWithTheDefaultModelsMatchesItsExpectedFigures() {
        List<RegressionEntry> sample = Regressions.load().stream().filter(e -> e.name().startsWith("scifact-first50-sample1000-")).toList();
        assertThat(sample).extracting(RegressionEntry::retriever).containsExactly("bm25", "dense", "hybrid");
        assumeThat(REPO.resolve(sample.getFirst().path())).as("skipped: needs the development data (BEIR SciFact in ../shared/data beside the clone; a fresh clone does not have it)").isDirectory();
        Path cache = dir.resolve("cache/eval-vectors");
        List<Regressions.Outcome> outcomes = Regressions.run(sample, REPO, options -> options.withVectorCache(cache), o -> { });
        assertThat(outcomes).allSatisfy(o -> {
            assertThat(o.status()).as(o.line()).isEqualTo(Regressions.Status.PASS);
            assertThat(o.line()).contains("[50 queries, 1000 docs]");
        });
        assertThat(outcomes.get(2).measured()).as("hybrid beats dense").isGreaterThan(outcomes.get(1).measured());
        assertThat(outcomes.get(1).measured()).as("dense beats BM25").isGreaterThan(outcomes.get(0).measured());
        assertThat(cache).as("the vectors were cached where the settings say").isNotEmptyDirectory();
    }

    @Test
    void passFailAndSkipOnASmallDataset() throws IOException {
        BeirFixture.write(dir.resolve("data/tiny"));
        // On the fixture, BM25 ranks perfectly for q1 and q2 and finds nothing for q3 ("the"): nDCG@10 = 2/3.
        List<RegressionEntry> entries = List.of(
                entry("right", "data/tiny", 0.6667, 0.001),
                entry("wrong", "data/tiny", 0.9, 0.001),
                entry("absent", "data/none", 0.5, 0.001));
        List<String> lines = new ArrayList<>();
        List<Regressions.Outcome> outcomes = Regressions.run(entries, dir, o -> lines.add(o.line()));
        assertThat(outcomes).extracting(Regressions.Outcome::status)
                .containsExactly(Regressions.Status.PASS, Regressions.Status.FAIL, Regressions.Status.SKIP);
        assertThat(outcomes.get(0).measured()).isCloseTo(2.0 / 3, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(lines.get(1)).startsWith("FAIL  wrong").contains("0.6667 (expected 0.9000 ± 0.0010)");
        assertThat(lines.get(2)).startsWith("SKIP  absent").contains("dataset folder absent");
    }

    @Test
    void malformedEntriesAreRejected() {
        ObjectMapper json = new ObjectMapper();
        assertThatThrownBy(() -> Regressions.parse(json.readTree(
                "{\"regressions\": [{\"name\": \"x\", \"expected\": 0.5, \"tolerance\": 0.1}]}"), "r.json"))
                .isInstanceOf(DatasetException.class).hasMessage("r.json: entry 1: regression x: missing \"dataset\"");
        assertThatThrownBy(() -> Regressions.parse(json.readTree("{\"regressions\": [{\"name\": \"x\"}]}"), "r.json"))
                .hasMessageStartingWith("r.json: entry 1: Cannot map `null` into type `double`");
        assertThatThrownBy(() -> Regressions.parse(json.readTree("{\"other\": []}"), "r.json"))
                .hasMessage("r.json: expected {\"regressions\": [...]}");
        assertThatThrownBy(() -> new RegressionEntry("x", "tiny", "p", "test", "bm25", "map", 0.5, 0.001, null))
                .hasMessageContaining("unknown metric \"map\"; known: ndcg@10, recall@100, mrr@10");
    }

    private static RegressionEntry entry(String name, String path, double expected, double tolerance) {
        return new RegressionEntry(name, "tiny", path, "test", "bm25", "ndcg@10", expected, tolerance, null);
    }
}
