package dev.paperscope.eval;

import dev.paperscope.search.dense.Embedder;
import dev.paperscope.search.dense.EmbeddingModels;
import dev.paperscope.search.dense.EmbeddingProgress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every query-document cosine of one model over a corpus (title + " " + text, as BEIR embeds it; vectors
 * from {@link EvalVectorCache}), for {@link SimilarityProfile}: a similarity floor is calibrated on the
 * cosines of all pairs, which the product's approximate (HNSW) search does not give. Not a retriever:
 * dense and hybrid evaluation run the product's search ({@link Retrievers#PRODUCT}).
 */
final class ExactCosines implements AutoCloseable {
    private final Embedder embedder;
    private final List<String> ids;
    private final float[][] vectors;

    private ExactCosines(Embedder embedder, List<String> ids, float[][] vectors) {
        this.embedder = embedder;
        this.ids = ids;
        this.vectors = vectors;
    }

    static ExactCosines build(List<BeirDoc> corpus, String model, EmbeddingProgress progress) {
        Embedder embedder = EmbeddingModels.open(model);
        try {
            return new ExactCosines(embedder, corpus.stream().map(BeirDoc::id).toList(), EvalVectorCache.ofCorpus(corpus, embedder, EvalVectorCache.defaultDir(), progress));
        } catch (RuntimeException e) {
            embedder.close();
            throw e;
        }
    }

    String model() {
        return embedder.modelId();
    }

    /** The queries' vectors, in order, for {@link #scores}. */
    List<float[]> queryVectors(List<BeirQuery> queries) {
        return embedder.embedQueries(queries.stream().map(BeirQuery::text).toList());
    }

    /** Every document's exact score for one query vector, by document id. */
    Map<String, Float> scores(float[] query) {
        Map<String, Float> byId = new HashMap<>(vectors.length * 2);
        for (int d = 0; d < vectors.length; d++) {
            byId.put(ids.get(d), (float) dot(query, vectors[d]));
        }
        return byId;
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    @Override
    public void close() {
        embedder.close();
    }
}
