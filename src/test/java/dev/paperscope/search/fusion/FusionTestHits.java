package dev.paperscope.search.fusion;

import dev.paperscope.search.RecordRef;
import dev.paperscope.search.SearchHit;
import java.util.List;

/** Hand-made hits for fusion arithmetic. */
final class FusionTestHits {
    private FusionTestHits() {
    }

    static SearchHit hit(String id, float score) {
        return new SearchHit(id, score, "title " + id, "paper", List.of(), null, null, null, null,
                List.of(new RecordRef(id, "f.txt", 1)), "snippet of " + id);
    }

    static List<String> ids(List<FusedHit> fused) {
        return fused.stream().map(FusedHit::id).toList();
    }
}
