package dev.paperscope.testing;

import dev.paperscope.index.Passages;
import dev.paperscope.index.VectorSource;
import dev.paperscope.index.VectorSpace;
import dev.paperscope.ingest.SourceRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A vector source over an embedder with an in-memory cache by passage text, standing in for the
 * catalog's vector cache; it records which records it was asked for.
 */
public final class MapVectorSource implements VectorSource {
    private final HashingEmbedder embedder;
    private final Map<String, float[]> cache = new ConcurrentHashMap<>();
    private final List<String> requested = new ArrayList<>();

    public MapVectorSource(HashingEmbedder embedder) {
        this.embedder = embedder;
    }

    @Override
    public VectorSpace space() {
        return new VectorSpace(embedder.modelId(), embedder.dimension());
    }

    @Override
    public synchronized Map<String, float[]> vectorsFor(List<SourceRecord> records) {
        Map<String, float[]> out = new LinkedHashMap<>();
        for (SourceRecord r : records) {
            requested.add(r.id());
            String passage = Passages.text(r);
            out.put(r.id(), cache.computeIfAbsent(passage, p -> embedder.embedPassages(List.of(p)).getFirst()));
        }
        return out;
    }

    /** Ids of every record asked for so far, in order. */
    public synchronized List<String> requested() {
        return List.copyOf(requested);
    }
}
