package dev.paperscope.search.fusion;

import dev.paperscope.search.Ranked;
import java.util.List;

/** Hand-made rankings for fusion arithmetic. */
final class FusionTestHits {
    private FusionTestHits() {
    }

    static Ranked hit(String id, float score) {
        return new Ranked(id, score);
    }

    static List<String> ids(List<Fused> fused) {
        return fused.stream().map(Fused::id).toList();
    }
}
