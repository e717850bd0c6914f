package dev.paperscope.index;

import dev.paperscope.ingest.SourceRecord;
import java.util.List;
import java.util.Map;

/**
 * Where the index gets record vectors from. The index never runs a model itself: a source embeds
 * {@link Passages#text(SourceRecord)} (or reads vectors it embedded before), so a re-index need not
 * re-embed anything when the source keeps a cache.
 */
public interface VectorSource {
    VectorSpace space();

    /**
     * Unit-length vectors of {@link #space()}'s dimension, keyed by record id. A record without a vector
     * (left out of the map) is indexed without one and only found by BM25.
     */
    Map<String, float[]> vectorsFor(List<SourceRecord> records);

    /**
     * Called once before an index pass with every record the pass will ask vectors for, in batches, by
     * {@link #vectorsFor}: a source that embeds can do all its slow work here, as one run whose progress
     * and remaining time mean the whole pass rather than one batch. Nothing by default.
     */
    default void prepare(List<SourceRecord> records) {
    }

    /**
     * Unit-length vectors of arbitrary passage texts (the passage index's), keyed by the SHA-256 (hex) of
     * each text; a text left out is indexed without a vector. Sources that only know records refuse.
     */
    default Map<String, float[]> vectorsOfTexts(List<String> texts) {
        throw new UnsupportedOperationException(space().modelId() + ": this vector source gives record vectors only");
    }

    /** As {@link #prepare}, for the texts a passage index pass will ask {@link #vectorsOfTexts} for. Nothing by default. */
    default void prepareTexts(List<String> texts) {
    }
}
