package dev.paperscope.app;

import dev.paperscope.index.VectorSpace;
import java.util.List;
import java.util.Optional;

/**
 * Why a search cannot use vectors, in a note the user can act on: the folder is opened without models, or the
 * index holds no vectors of the models it is opened with (built BM25 only, or with other models). Opening never
 * rebuilds an index for other models (docs/DECISIONS.md, "Reads never rebuild an index"): {@code reindex} does.
 */
final class VectorNotes {
    private VectorNotes() {
    }

    /** Empty when {@code indexed} (the index's vector spaces, in field order) are those of {@code embedders}. */
    static Optional<String> whyNot(List<LazyEmbedder> embedders, List<VectorSpace> indexed, String index) {
        if (embedders.isEmpty()) {
            return Optional.of("the data folder is opened without embedding models (PAPERSCOPE_MODEL=none, see README), so "
                    + (indexed.isEmpty() ? "the " + index + " has no vectors" : "the " + index + "'s vectors (" + models(indexed) + ") are not searched"));
        }
        List<VectorSpace> mine = embedders.stream().map(e -> new VectorSpace(e.modelId(), e.dimension())).toList();
        if (indexed.equals(mine)) {
            return Optional.empty();
        }
        if (indexed.isEmpty()) {
            return Optional.of("the " + index + " has no vectors for " + models(mine) + " (it was built without them): run `paperscope reindex` "
                    + "to add them");
        }
        return Optional.of("the " + index + " has no vectors for " + models(mine) + ", only for " + models(indexed)
                + ": run `paperscope reindex` to rebuild it for " + models(mine) + ", or open the folder with PAPERSCOPE_MODEL="
                + String.join(EmbeddingSetup.ENSEMBLE_SEPARATOR, indexed.stream().map(VectorSpace::modelId).toList()));
    }

    private static String models(List<VectorSpace> spaces) {
        return String.join(" + ", spaces.stream().map(VectorSpace::modelId).toList());
    }
}
