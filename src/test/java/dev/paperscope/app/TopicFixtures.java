package dev.paperscope.app;

import dev.paperscope.index.VectorQuantization;
import dev.paperscope.index.VectorSpace;
import dev.paperscope.search.dense.EmbeddingModels;
import dev.paperscope.search.dense.EmbeddingProgress;
import java.nio.file.Path;
import java.util.Optional;

/** Data folders for topic map tests: the demo pages with their bundled vectors of the default model; no model ever loads. */
public final class TopicFixtures {
    public static final String MODEL = EmbeddingModels.DEFAULT_ENSEMBLE.getFirst();

    private TopicFixtures() {
    }

    /** The default model's space, whose loader fails: every vector must come from the jar's bundled ones. */
    public static EmbeddingSetup bundledOnly() {
        return new EmbeddingSetup(new VectorSpace(MODEL, EmbeddingModels.dimension(MODEL)), VectorQuantization.NONE, () -> {
            throw new AssertionError("no model should load for the topic map of the demo pages");
        }, EmbeddingProgress.NONE);
    }

    /** A data folder holding the bundled demo pages, opened with {@link #bundledOnly}. */
    public static Paperscope demo(Path dir) throws Exception {
        Paperscope ps = Paperscope.open(dir, Optional.of(bundledOnly()));
        try {
            Demo.ingestBundledPages(ps);
            return ps;
        } catch (Exception | Error e) {
            ps.close();
            throw e;
        }
    }
}
