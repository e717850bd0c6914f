package dev.paperscope.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.ingest.RecordKind;
import dev.paperscope.ingest.Source;
import dev.paperscope.ingest.SourceRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkScopeTest {
    private static SourceRecord paper(String id, String title, String... authors) {
        return SourceRecord.builder(RecordKind.PAPER, new Source("f.jsonl", 1, "0".repeat(64), "jsonl")).title(title)
                .authors(List.of(authors)).year(2023).build().withId(id);
    }

    private static Map<String, List<String>> singletons(List<SourceRecord> records) {
        Map<String, List<String>> works = new LinkedHashMap<>();
        records.forEach(r -> works.put("w-" + r.id(), List.of(r.id())));
        return works;
    }

    @Test
    void aNewRecordReachesItsBlockAndNothingElse() {
        List<SourceRecord> records = List.of(paper("a", "Sparse attention for long documents", "Ada Lovelace"),
                paper("b", "Sparse attention for long documents", "Ada Lovelace"),
                paper("c", "Quantized bandit policies", "Alan Turing"),
                paper("new", "Sparse Attention For Long Documents", "Ada Lovelace"));
        Set<String> scope = WorkScope.of(records, Map.of(), Set.of("new"), List.of(), singletons(records.subList(0, 3)), Constraints.NONE);
        assertThat(scope).containsExactlyInAnyOrder("a", "b", "new");
    }

    @Test
    void aRemovedRecordBringsInTheRestOfItsWork() {
        List<SourceRecord> records = List.of(paper("a", "Graph kernels revisited", "Grace Hopper"), paper("c", "Latent reward models", "Alan Turing"));
        Map<String, List<String>> works = Map.of("w1", List.of("a", "gone"), "w2", List.of("c"));
        Set<String> scope = WorkScope.of(records, Map.of(), Set.of(),
                List.of(new WorkScope.Previous("gone", "Graph kernels revisited", false, List.of("grace hopper"))), works, Constraints.NONE);
        assertThat(scope).containsExactly("a");
    }

    @Test
    void aRecordWhoseRarestWordMovesIsInScope() {
        // "x" has words alpha (rare) and beta; adding two titles with "alpha" makes beta its rarest word.
        List<SourceRecord> records = new ArrayList<>(List.of(paper("x", "alpha beta gamma", "Ada Lovelace"),
                paper("y", "beta delta epsilon", "Alan Turing"), paper("z", "gamma zeta eta", "Grace Hopper"),
                paper("n1", "alpha theta iota", "Kate Saenko"), paper("n2", "alpha kappa lambda", "Ilya Sutskever")));
        Set<String> scope = WorkScope.of(records, Map.of(), Set.of("n1", "n2"), List.of(), singletons(records.subList(0, 3)), Constraints.NONE);
        assertThat(scope).contains("x", "n1", "n2").doesNotContain("z");
    }

    @Test
    void aBlockCrossingTheSizeCapBringsInAllItsMembers() {
        List<SourceRecord> records = new ArrayList<>();
        for (int i = 0; i <= Blocks.MAX_BLOCK; i++) {
            records.add(paper("m" + i, "A common title for many teams", "Member" + i + " Team" + i));
        }
        records.add(paper("other", "Spectral federated retrieval", "Alan Turing"));
        // The last member is new: the block went from MAX_BLOCK (compared) to MAX_BLOCK + 1 (dropped).
        String added = "m" + Blocks.MAX_BLOCK;
        Set<String> scope = WorkScope.of(records, Map.of(), Set.of(added), List.of(),
                singletons(records.stream().filter(r -> !r.id().equals(added)).toList()), Constraints.NONE);
        assertThat(scope).hasSize(Blocks.MAX_BLOCK + 1).doesNotContain("other");
    }
}
