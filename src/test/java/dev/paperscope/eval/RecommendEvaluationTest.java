package dev.paperscope.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keyword harness on a tiny synthetic conference: tasks, precision@10, baselines, determinism, bad files. */
class RecommendEvaluationTest {
    @TempDir
    Path dir;

    /** 40 papers: a0..a19 carry "alpha", b0..b15 "beta", the rest neither; every paper also "common" when i is even. */
    static List<KeywordPaper> conference() {
        List<KeywordPaper> papers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String id = i < 20 ? "a" + i : i < 36 ? "b" + (i - 20) : "n" + i;
            Set<String> keywords = new java.util.HashSet<>();
            keywords.add(i < 20 ? "alpha" : i < 36 ? "beta" : "none");
            papers.add(new KeywordPaper(new BeirDoc(id, "title " + id, "text"), keywords));
        }
        return papers;
    }

    @Test
    void tasksKeepTheFirstOrASeededChoiceOfEachFrequentKeyword() {
        List<KeywordTask> first = KeywordLists.tasks(conference(), 15, 10, KeywordLists.Choice.FIRST, 42);
        assertThat(first).extracting(KeywordTask::keyword).containsExactly("alpha", "beta"); // "none" has 4 papers
        assertThat(first.getFirst().kept()).containsExactly("a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9");
        assertThat(first.get(1).papers()).isEqualTo(16);
        List<KeywordTask> seeded = KeywordLists.tasks(conference(), 15, 10, KeywordLists.Choice.SEEDED, 42);
        assertThat(seeded.getFirst().kept()).hasSize(10).allMatch(id -> id.startsWith("a")).isNotEqualTo(first.getFirst().kept());
        assertThat(KeywordLists.tasks(conference(), 15, 10, KeywordLists.Choice.SEEDED, 42)).isEqualTo(seeded);
        assertThatThrownBy(() -> KeywordLists.tasks(conference(), 10, 10, KeywordLists.Choice.FIRST, 42)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOracleScoresOneAndKeptOrForeignPapersScoreNothing() {
        List<KeywordPaper> papers = conference();
        Map<String, Set<String>> keywordsOf = new java.util.HashMap<>();
        papers.forEach(p -> keywordsOf.put(p.id(), p.keywords()));
        RecommendingLibrary oracle = new RecommendingLibrary() {
            @Override
            public List<String> recommend(String method, List<String> kept, int k) {
                String keyword = keywordsOf.get(kept.getFirst()).iterator().next();
                return papers.stream().map(KeywordPaper::id).filter(id -> !kept.contains(id) && keywordsOf.get(id).contains(keyword))
                        .limit(k).toList();
            }

            @Override
            public List<String> related(String id, int k) {
                return List.of(id); // the kept paper itself counts as wrong
            }

            @Override
            public void close() {
            }
        };
        RecommendEvaluation.Report report = RecommendEvaluation.run(papers, oracle, List.of("oracle"), m -> { });
        assertThat(report.keywords()).isEqualTo(2);
        assertThat(report.rows()).extracting(RecommendEvaluation.Row::method).containsExactly("random", "related", "oracle");
        RecommendEvaluation.Row best = report.rows().get(2);
        // alpha: 10 of its 10 other papers; beta has only 6 papers left after the 10 kept: (1.0 + 0.6) / 2
        assertThat(best.allFirst()).isCloseTo(0.8, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(best.allSeeded()).isCloseTo(0.8, org.assertj.core.data.Offset.offset(1e-9));
        // development: the 1st, 3rd... most frequent keyword (alpha); test: the 2nd, 4th... (beta)
        assertThat(best.devFirst()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(best.testFirst()).isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(best.devSeeded()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(best.testSeeded()).isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(report.rows().get(1).allFirst()).isZero();
        RecommendEvaluation.Row random = report.rows().getFirst();
        assertThat(random.allFirst()).isBetween(0.0, 0.6);
        assertThat(RecommendEvaluation.run(papers, oracle, List.of("oracle"), m -> { }).rows().getFirst()).isEqualTo(random);
    }

    @Test
    void precisionCountsTheKeywordAmongTheFirstTen() {
        KeywordTask task = new KeywordTask("alpha", 20, List.of("a0"));
        Map<String, Set<String>> keywordsOf = Map.of("a1", Set.of("alpha"), "a2", Set.of("alpha"), "b1", Set.of("beta"), "a0", Set.of("alpha"));
        assertThat(RecommendEvaluation.precision(task, List.of("a1", "b1", "a2", "a0"), keywordsOf)).isEqualTo(0.2);
        assertThat(RecommendEvaluation.precision(task, List.of(), keywordsOf)).isZero();
    }

    @Test
    void aBadLineFailsWithFileAndLine() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.jsonl"), "{\"id\": \"x\", \"title\": \"T\", \"keywords\": [\"A \"]}\n{not json\n");
        assertThatThrownBy(() -> KeywordLists.read(file)).isInstanceOf(DatasetException.class).hasMessageStartingWith(file + ":2:");
        Path twice = Files.writeString(dir.resolve("twice.jsonl"), "{\"id\": \"x\", \"title\": \"T\"}\n{\"id\": \"x\", \"title\": \"U\"}\n");
        assertThatThrownBy(() -> KeywordLists.read(twice)).hasMessageContaining(":2:").hasMessageContaining("twice");
        Path good = Files.writeString(dir.resolve("good.jsonl"), "{\"id\": \"x\", \"title\": \"T\", \"keywords\": [\" Graph Networks \"]}\n");
        assertThat(KeywordLists.read(good).getFirst().keywords()).containsExactly("graph networks");
    }
}
