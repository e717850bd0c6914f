package dev.paperscope.search.dense;

import java.util.List;

/**
 * An embedder of a shipped model ({@link ModelSpec}), whichever runtime runs it: the model's dimension,
 * and its prefixes put before passages and queries. A runtime embeds the prefixed texts ({@link #embedRaw}).
 */
abstract class SpecEmbedder implements Embedder {
    final ModelSpec spec;

    SpecEmbedder(ModelSpec spec) {
        this.spec = spec;
    }

    @Override
    public final int dimension() {
        return spec.dimension();
    }

    @Override
    public final List<float[]> embedPassages(List<String> texts) {
        return embedRaw(Prefixes.apply(spec.passagePrefix(), texts));
    }

    @Override
    public final List<float[]> embedQueries(List<String> texts) {
        return embedRaw(Prefixes.apply(spec.queryPrefix(), texts));
    }

    /** Embeds texts exactly as given, no prefix; vectors in input order. */
    abstract List<float[]> embedRaw(List<String> texts);
}
