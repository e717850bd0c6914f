package dev.paperscope.app;

import dev.paperscope.search.answers.SentenceVectors;
import dev.paperscope.search.dense.Embedder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sentence vectors from one of the folder's embedding models, kept in memory (least recently used first out,
 * at most {@link #CAPACITY}): a sentence is embedded the first time a question brings it up, and questions
 * about the same papers find its vector again. Thread-safe.
 */
final class CachedSentenceVectors implements SentenceVectors {
    /** 384-dimensional vectors: about 30 MB at most. */
    static final int CAPACITY = 20_000;
    private final Embedder model;
    private final Map<String, float[]> cache = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > CAPACITY;
        }
    };

    CachedSentenceVectors(Embedder model) {
        this.model = model;
    }

    @Override
    public float[] question(String question) {
        return model.embedQueries(List.of(question)).getFirst();
    }

    @Override
    public List<float[]> sentences(List<String> sentences) {
        List<String> missing = new ArrayList<>();
        synchronized (cache) {
            for (String s : sentences) {
                if (!cache.containsKey(s) && !missing.contains(s)) {
                    missing.add(s);
                }
            }
        }
        if (!missing.isEmpty()) {
            List<float[]> embedded = model.embedPassages(missing);
            synchronized (cache) {
                for (int i = 0; i < missing.size(); i++) {
                    cache.put(missing.get(i), embedded.get(i));
                }
            }
        }
        List<float[]> out = new ArrayList<>(sentences.size());
        synchronized (cache) {
            for (String s : sentences) {
                float[] v = cache.get(s);
                out.add(v != null ? v : model.embedPassages(List.of(s)).getFirst());
            }
        }
        return out;
    }
}
