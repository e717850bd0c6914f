package dev.paperscope.search.dense;

import dev.paperscope.index.Passages;
import dev.paperscope.index.VectorSource;
import dev.paperscope.index.VectorSpace;
import dev.paperscope.ingest.SourceRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Vectors computed by an embedder from each record's {@link Passages#text passage}. It embeds every
 * time it is asked; a cache in front of it is what keeps a re-index from re-embedding. The embedder is
 * obtained only when there is something to embed, because loading a model takes seconds.
 */
public final class EmbeddingVectorSource implements VectorSource {
    private final VectorSpace space;
    private final Supplier<Embedder> embedder;

    /** {@code embedder} must yield an embedder of {@code space}; it is asked once per batch and may memoise. */
    public EmbeddingVectorSource(VectorSpace space, Supplier<Embedder> embedder) {
        this.space = Objects.requireNonNull(space, "space");
        this.embedder = Objects.requireNonNull(embedder, "embedder");
    }

    @Override
    public VectorSpace space() {
        return space;
    }

    @Override
    public Map<String, float[]> vectorsFor(List<SourceRecord> records) {
        if (records.isEmpty()) {
            return Map.of();
        }
        List<float[]> vectors = embedder.get().embedPassages(records.stream().map(Passages::text).toList());
        if (vectors.size() != records.size()) {
            throw new IllegalStateException(space.modelId() + " returned " + vectors.size() + " vectors for " + records.size() + " passages");
        }
        Map<String, float[]> byId = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            byId.put(records.get(i).id(), vectors.get(i));
        }
        return byId;
    }
}
