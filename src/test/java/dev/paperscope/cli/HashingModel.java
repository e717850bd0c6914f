package dev.paperscope.cli;

import dev.paperscope.app.EmbeddingSetup;
import dev.paperscope.index.VectorQuantization;
import dev.paperscope.index.VectorSpace;
import dev.paperscope.testing.HashingEmbedder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The hashing test embedder as a data folder's model for CLI runs, keeping every embedder the setup loaded: none
 * loaded means nothing was embedded; each loaded one can be checked for closing.
 */
final class HashingModel {
    private final List<HashingEmbedder> loaded = new ArrayList<>();
    private final Optional<EmbeddingSetup> setup;

    HashingModel(VectorQuantization quantization) {
        setup = Optional.of(new EmbeddingSetup(new VectorSpace("test-hashing-128", 128), quantization, () -> {
            HashingEmbedder e = HashingEmbedder.withTestSynonyms();
            loaded.add(e);
            return e;
        }));
    }

    Optional<EmbeddingSetup> setup() {
        return setup;
    }

    List<HashingEmbedder> loaded() {
        return loaded;
    }
}
