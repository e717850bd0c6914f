package dev.paperscope.app;

import dev.paperscope.eval.BeirDoc;
import dev.paperscope.eval.EvalVectorCache;
import dev.paperscope.index.Passages;
import dev.paperscope.search.dense.Embedder;
import dev.paperscope.search.dense.EmbeddingModels;
import dev.paperscope.search.dense.EmbeddingProgress;
import dev.paperscope.search.dense.SimilarityFloor;
import dev.paperscope.search.dense.Vectors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One embedding model for {@link ProductRetriever} that answers a corpus passage from the evaluation's
 * vector cache ({@link EvalVectorCache}) and embeds anything else (queries, passages it lacks) with the
 * model itself. The cache holds BEIR's passage ("title text"); the product embeds "title\n\nabstract"
 * ({@link Passages#text}); the models' tokenizers treat any run of whitespace as one separator, so both
 * are the same tokens and the same vectors. {@link #open} checks that on the corpus itself: the first
 * {@link #CHECKED} documents' two passages, embedded in batches of the same make-up, must give the same
 * vectors (cosine at least {@link #MIN_COSINE}). Only like batches compare: the quantised models' output
 * for one passage moves with the other passages of its batch (cosine ~0.996 measured), in the product's
 * own embedding cache as here.
 */
final class CachedPassageEmbedder implements Embedder {
    static final int CHECKED = 4;
    static final double MIN_COSINE = 0.99999;
    private final Embedder model;
    private final Map<String, float[]> byPassage;
    private boolean closed;

    private CachedPassageEmbedder(Embedder model, Map<String, float[]> byPassage) {
        this.model = model;
        this.byPassage = byPassage;
    }

    /** Loads {@code name}, reads (or embeds and caches) the corpus vectors, and checks a few against the model. */
    static CachedPassageEmbedder open(String name, List<BeirDoc> corpus, java.nio.file.Path cacheDir, EmbeddingProgress progress) {
        Embedder model = EmbeddingModels.open(name);
        try {
            float[][] vectors = EvalVectorCache.ofCorpus(corpus, model, cacheDir, progress);
            Map<String, float[]> byPassage = new HashMap<>(corpus.size() * 2);
            List<String> beir = new ArrayList<>();
            List<String> product = new ArrayList<>();
            for (int i = 0; i < corpus.size(); i++) {
                String passage = Passages.text(corpus.get(i).title(), corpus.get(i).text());
                if (passage.isEmpty()) {
                    continue;
                }
                byPassage.put(passage, vectors[i]);
                if (product.size() < CHECKED) {
                    beir.add(EvalVectorCache.passage(corpus.get(i)));
                    product.add(passage);
                }
            }
            check(name, product, model.embedPassages(product), model.embedPassages(beir));
            return new CachedPassageEmbedder(model, byPassage);
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }

    /** Refuses the cache unless each product passage's vector equals the BEIR passage's (same batch make-up). */
    static void check(String model, List<String> passages, List<float[]> product, List<float[]> beir) {
        for (int i = 0; i < passages.size(); i++) {
            double cosine = Vectors.cosine(product.get(i), beir.get(i));
            if (cosine < MIN_COSINE) {
                throw new IllegalStateException(String.format(java.util.Locale.ROOT,
                        "%s embeds the product's passage \"%.60s\" differently from BEIR's (cosine %.6f): the evaluation's cached vectors "
                                + "cannot stand for the product's", model, passages.get(i), cosine));
            }
        }
    }

    @Override
    public String modelId() {
        return model.modelId();
    }

    @Override
    public int dimension() {
        return model.dimension();
    }

    /** Cached vectors for the corpus's passages; the model embeds the others, in one batch. */
    @Override
    public List<float[]> embedPassages(List<String> texts) {
        List<String> missing = texts.stream().filter(t -> !byPassage.containsKey(t)).toList();
        List<float[]> embedded = missing.isEmpty() ? List.of() : model.embedPassages(missing);
        List<float[]> out = new ArrayList<>(texts.size());
        int next = 0;
        for (String t : texts) {
            float[] cached = byPassage.get(t);
            out.add(cached != null ? cached : embedded.get(next++));
        }
        return out;
    }

    @Override
    public List<float[]> embedQueries(List<String> texts) {
        return model.embedQueries(texts);
    }

    @Override
    public SimilarityFloor similarityFloor() {
        return model.similarityFloor();
    }

    /** Closes the model once, whoever closes first (the data folder, or the retriever after it). */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            model.close();
        }
    }
}
