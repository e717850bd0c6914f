package dev.paperscope.app;

import dev.paperscope.catalog.Catalog;
import dev.paperscope.index.IndexVectors;
import dev.paperscope.index.VectorSource;
import dev.paperscope.index.VectorSpace;
import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.search.dense.EmbeddingCache;
import dev.paperscope.search.dense.EmbeddingProgress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Vectors for the index from the catalog's vector cache, embedding (and caching) only passages the
 * cache lacks: re-ingest and reindex never re-embed unchanged text, and an index rebuilt from a warm
 * cache never loads the model. Each index pass {@link #prepare prepares} first: vectors shipped for the
 * bundled demo pages ({@link BundledVectors}) enter the cache, then what is still missing is embedded in
 * one run, so the batches that follow find every vector cached.
 */
final class CachedVectorSource implements VectorSource {
    private final VectorSpace space;
    private final Catalog catalog;
    private final LazyEmbedder embedder;
    private final EmbeddingProgress progress;

    /** The index's vector sources for {@code setup}'s models, one per embedder, cached in the catalog. */
    static IndexVectors indexVectors(EmbeddingSetup setup, Catalog catalog, List<LazyEmbedder> embedders) {
        List<VectorSource> sources = new ArrayList<>();
        for (int i = 0; i < embedders.size(); i++) {
            sources.add(new CachedVectorSource(setup.models().get(i).space(), catalog, embedders.get(i), setup.progress()));
        }
        return new IndexVectors(sources, setup.quantization());
    }

    CachedVectorSource(VectorSpace space, Catalog catalog, LazyEmbedder embedder, EmbeddingProgress progress) {
        this.space = Objects.requireNonNull(space, "space");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    @Override
    public VectorSpace space() {
        return space;
    }

    @Override
    public void prepare(List<SourceRecord> records) {
        BundledVectors.copyMissing(catalog, space, records);
        new EmbeddingCache(catalog, embedder).embedMissing(records, progress);
    }

    @Override
    public Map<String, float[]> vectorsFor(List<SourceRecord> records) {
        return new EmbeddingCache(catalog, embedder).vectors(records, progress);
    }

    @Override
    public void prepareTexts(List<String> texts) {
        BundledVectors.copyMissingTexts(catalog, space, texts);
        new EmbeddingCache(catalog, embedder).embedMissingTexts(texts, progress);
    }

    @Override
    public Map<String, float[]> vectorsOfTexts(List<String> texts) {
        return new EmbeddingCache(catalog, embedder).vectorsOfTexts(texts, progress);
    }
}
