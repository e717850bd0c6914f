package dev.paperscope.eval;

import dev.paperscope.search.dense.Embedder;
import dev.paperscope.search.dense.DenseSearch;
import dev.paperscope.search.dense.EmbeddingModels;
import dev.paperscope.search.dense.SimilarityFloor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import dev.paperscope.search.dense.EmbeddingProgress;

/**
 * Dense retrieval for evaluation: the corpus embedded with one model (title + " " + text, as BEIR
 * embeds it) and exact search by dot product over all of it. Exact, not HNSW, so the figure measures the
 * model; the approximate index's recall against exact search is a speed benchmark's concern.
 */
final class DenseExactRetriever implements EvalRetriever {
    static final String NAME = "dense";
    private final Embedder embedder;
    private final List<String> ids;
    private final float[][] vectors;
    private final SimilarityFloor floor;

    private DenseExactRetriever(Embedder embedder, List<String> ids, float[][] vectors, SimilarityFloor floor) {
        this.embedder = embedder;
        this.ids = ids;
        this.vectors = vectors;
        this.floor = floor;
    }

    static DenseExactRetriever build(List<BeirDoc> corpus, RetrieverOptions options, EmbeddingProgress progress) {
        Embedder embedder = EmbeddingModels.open(options.model());
        try {
            float[][] vectors = EvalVectorCache.vectors(EvalVectorCache.texts(corpus), embedder, options.vectorCacheDir(), progress);
            return new DenseExactRetriever(embedder, corpus.stream().map(BeirDoc::id).toList(), vectors,
                    options.similarityFloor() ? embedder.similarityFloor() : SimilarityFloor.NONE);
        } catch (RuntimeException e) {
            embedder.close();
            throw e;
        }
    }

    static String passage(BeirDoc doc) {
        return doc.title() == null || doc.title().isBlank() ? doc.text() : doc.title() + " " + doc.text();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String model() {
        return embedder.modelId();
    }

    /**
     * As search does: the model's {@link DenseSearch#DEFAULT_DEPTH depth} nearest documents that reach its
     * similarity floor, the first {@code k} of them.
     */
    @Override
    public Map<String, List<ScoredDoc>> retrieve(List<BeirQuery> queries, int k) {
        List<float[]> queryVectors = embedder.embedQueries(queries.stream().map(BeirQuery::text).toList());
        Map<String, List<ScoredDoc>> run = new LinkedHashMap<>();
        for (int q = 0; q < queries.size(); q++) {
            List<ScoredDoc> top = top(queryVectors.get(q), Math.min(k, DenseSearch.DEFAULT_DEPTH));
            run.put(queries.get(q).id(), top.stream().filter(d -> floor.admitsCosine(d.score())).toList());
        }
        return run;
    }

    /** The similarity floor this retriever applies to its candidates ({@link SimilarityFloor#NONE} when off). */
    SimilarityFloor floor() {
        return floor;
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

    private List<ScoredDoc> top(float[] query, int k) {
        PriorityQueue<ScoredDoc> best = new PriorityQueue<>(k + 1, Comparator.comparingDouble(ScoredDoc::score));
        for (int d = 0; d < vectors.length; d++) {
            double score = dot(query, vectors[d]);
            if (best.size() < k || score > best.peek().score()) {
                best.add(new ScoredDoc(ids.get(d), score));
                if (best.size() > k) {
                    best.poll();
                }
            }
        }
        List<ScoredDoc> out = new ArrayList<>(best);
        out.sort(Comparator.comparingDouble((ScoredDoc s) -> -s.score()).thenComparing(ScoredDoc::docId));
        return out;
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
