package dev.paperscope.search.dense;

import dev.paperscope.catalog.Catalog;
import dev.paperscope.ingest.SourceRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Vectors of records' passages, kept in the catalog by (passage SHA-256, model id): a passage is embedded
 * once per model, however many records or re-ingests share it. Missing passages are embedded in chunks,
 * and each chunk is stored as soon as it is done, so an interrupted run keeps what it finished.
 *
 * <p>Not thread-safe (the catalog is not).
 */
public final class EmbeddingCache {
    /** Passages per embedder call: enough for length-sorting to cut padding, small enough for steady progress. */
    public static final int DEFAULT_CHUNK = 256;

    private final Catalog catalog;
    private final Embedder embedder;
    private final int chunkSize;

    public EmbeddingCache(Catalog catalog, Embedder embedder) {
        this(catalog, embedder, DEFAULT_CHUNK);
    }

    public EmbeddingCache(Catalog catalog, Embedder embedder, int chunkSize) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunk size must be positive");
        }
        this.chunkSize = chunkSize;
    }

    /**
     * The passage vector of each record that has a passage ({@link Passage#of}), by record id in the
     * given order. Progress counts the passages that had to be embedded (0 of 0 when all were cached).
     */
    public Map<String, float[]> vectors(List<SourceRecord> records, EmbeddingProgress progress) {
        Map<String, Passage> passages = new LinkedHashMap<>();
        for (SourceRecord r : records) {
            Passage.of(r).ifPresent(passage -> passages.put(r.id(), passage));
        }
        Map<String, String> textByHash = new LinkedHashMap<>();
        passages.values().forEach(p -> textByHash.putIfAbsent(p.sha256(), p.text()));
        Map<String, float[]> byHash = new LinkedHashMap<>(catalog.embeddings().vectors(embedder.modelId(), textByHash.keySet()));
        byHash.values().removeIf(v -> v.length != embedder.dimension());
        List<String> missing = textByHash.keySet().stream().filter(h -> !byHash.containsKey(h)).toList();
        byHash.putAll(embedAndStore(missing, textByHash, progress));
        Map<String, float[]> byRecord = new LinkedHashMap<>();
        passages.forEach((id, p) -> byRecord.put(id, byHash.get(p.sha256())));
        return byRecord;
    }

    /**
     * Embeds and stores the passages of {@code records} that the cache lacks, as one run: progress counts
     * them all (0 of 0 when all were cached), so its rate and remaining time cover the whole run. Returns
     * how many were embedded. The cached vectors are not read.
     */
    public int embedMissing(List<SourceRecord> records, EmbeddingProgress progress) {
        Map<String, String> textByHash = new LinkedHashMap<>();
        for (SourceRecord r : records) {
            Passage.of(r).ifPresent(p -> textByHash.putIfAbsent(p.sha256(), p.text()));
        }
        Set<String> cached = catalog.embeddings().storedHashes(embedder.modelId(), textByHash.keySet());
        List<String> missing = textByHash.keySet().stream().filter(h -> !cached.contains(h)).toList();
        return embedAndStore(missing, textByHash, progress).size();
    }

    /**
     * The vectors of arbitrary passage texts (a passage index's), by the SHA-256 (hex) of each text,
     * embedding and storing those the cache lacks. Blank texts get none.
     */
    public Map<String, float[]> vectorsOfTexts(List<String> texts, EmbeddingProgress progress) {
        Map<String, String> textByHash = byHash(texts);
        Map<String, float[]> byHash = new LinkedHashMap<>(catalog.embeddings().vectors(embedder.modelId(), textByHash.keySet()));
        byHash.values().removeIf(v -> v.length != embedder.dimension());
        List<String> missing = textByHash.keySet().stream().filter(h -> !byHash.containsKey(h)).toList();
        byHash.putAll(embedAndStore(missing, textByHash, progress));
        return byHash;
    }

    /** As {@link #embedMissing}, for arbitrary passage texts. */
    public int embedMissingTexts(List<String> texts, EmbeddingProgress progress) {
        Map<String, String> textByHash = byHash(texts);
        Set<String> cached = catalog.embeddings().storedHashes(embedder.modelId(), textByHash.keySet());
        List<String> missing = textByHash.keySet().stream().filter(h -> !cached.contains(h)).toList();
        return embedAndStore(missing, textByHash, progress).size();
    }

    private static Map<String, String> byHash(List<String> texts) {
        Map<String, String> textByHash = new LinkedHashMap<>();
        for (String text : texts) {
            if (!text.isBlank()) {
                Passage p = Passage.ofText(text);
                textByHash.putIfAbsent(p.sha256(), p.text());
            }
        }
        return textByHash;
    }

    private Map<String, float[]> embedAndStore(List<String> hashes, Map<String, String> textByHash, EmbeddingProgress progress) {
        Map<String, float[]> embedded = new LinkedHashMap<>();
        progress.update(0, hashes.size());
        for (int from = 0; from < hashes.size(); from += chunkSize) {
            List<String> chunk = hashes.subList(from, Math.min(from + chunkSize, hashes.size()));
            List<float[]> vectors = embedder.embedPassages(chunk.stream().map(textByHash::get).toList());
            if (vectors.size() != chunk.size()) {
                throw new IllegalStateException("embedder " + embedder.modelId() + " returned " + vectors.size()
                        + " vectors for " + chunk.size() + " passages");
            }
            Map<String, float[]> stored = new LinkedHashMap<>();
            for (int i = 0; i < chunk.size(); i++) {
                stored.put(chunk.get(i), vectors.get(i));
            }
            catalog.embeddings().put(embedder.modelId(), stored);
            embedded.putAll(stored);
            progress.update(embedded.size(), hashes.size());
        }
        return embedded;
    }
}
