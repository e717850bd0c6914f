package dev.paperscope.eval;

import dev.paperscope.search.Ranked;
import dev.paperscope.search.fusion.Fused;
import dev.paperscope.search.fusion.Fusion;
import dev.paperscope.search.fusion.HybridRanking;
import dev.paperscope.search.fusion.ReciprocalRankFusion;
import dev.paperscope.search.fusion.ScoreFusion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * BM25 flat and dense retrieval fused as the product's {@code HybridSearch} fuses them, from exact
 * scores: BM25 and the first embedding model contribute their top {@code depth} (the product's default
 * unless asked otherwise; the model's only where they reach its similarity floor), every candidate is
 * scored by every signal, the models' scores are combined ({@code ModelScores}), the product's own
 * fusion orders the candidates, and BM25's other matches follow in its order ({@code HybridRanking}), as
 * in search.
 */
final class HybridEvalRetriever implements EvalRetriever {
    static final String NAME = "hybrid";
    private final EvalRetriever bm25;
    private final List<DenseExactRetriever> models;
    private final Fusion fusion;
    private final String fusionName;
    private final int corpusSize;
    private final int depth;

    HybridEvalRetriever(EvalRetriever bm25, List<DenseExactRetriever> models, RetrieverOptions options, int corpusSize) {
        this.bm25 = bm25;
        this.models = List.copyOf(models);
        this.fusionName = options.fusion();
        this.fusion = options.fusion().equals("score") ? new ScoreFusion(options.denseWeight()) : new ReciprocalRankFusion();
        this.corpusSize = corpusSize;
        this.depth = options.depth();
    }

    @Override
    public String name() {
        return NAME + "-" + fusionName;
    }

    @Override
    public String model() {
        return String.join("+", models.stream().map(DenseExactRetriever::model).toList());
    }

    @Override
    public Map<String, List<ScoredDoc>> retrieve(List<BeirQuery> queries, int k) {
        Map<String, List<ScoredDoc>> lexical = bm25.retrieve(queries, Math.max(1, corpusSize));
        List<List<float[]>> vectors = models.stream().map(m -> m.queryVectors(queries)).toList();
        Map<String, List<ScoredDoc>> run = new LinkedHashMap<>();
        for (int q = 0; q < queries.size(); q++) {
            Map<String, Float> bm25Scores = byId(lexical.get(queries.get(q).id()));
            List<Map<String, Float>> perModel = DenseEnsembleRetriever.scores(models, vectors, q);
            // BM25 and the first model retrieve; a second model only re-scores, as in search.
            List<String> candidates = ExactCandidates.union(List.of(
                    ExactCandidates.top(bm25Scores, depth),
                    models.getFirst().floor().admitted(ExactCandidates.top(perModel.getFirst(), depth), perModel.getFirst(), false)));
            List<Fused> ranked = HybridRanking.rank(fusion, ExactCandidates.lexical(candidates, bm25Scores),
                    ExactCandidates.dense(candidates, perModel), ranked(lexical.get(queries.get(q).id())));
            run.put(queries.get(q).id(), top(ranked, k));
        }
        return run;
    }

    private static Map<String, Float> byId(List<ScoredDoc> docs) {
        Map<String, Float> byId = new HashMap<>();
        docs.forEach(d -> byId.put(d.docId(), (float) d.score()));
        return byId;
    }

    static List<Ranked> ranked(List<ScoredDoc> docs) {
        return docs.stream().map(d -> new Ranked(d.docId(), (float) d.score())).toList();
    }

    /** The first {@code k} fused hits as a run's documents. */
    static List<ScoredDoc> top(List<Fused> fused, int k) {
        List<ScoredDoc> docs = new ArrayList<>(Math.min(k, fused.size()));
        for (Fused h : fused.subList(0, Math.min(k, fused.size()))) {
            docs.add(new ScoredDoc(h.id(), h.score()));
        }
        return docs;
    }

    @Override
    public void close() {
        try {
            bm25.close();
        } finally {
            new DenseEnsembleRetriever(models).close();
        }
    }
}
