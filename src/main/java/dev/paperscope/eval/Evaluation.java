package dev.paperscope.eval;

import dev.paperscope.search.dense.EmbeddingProgress;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs a retriever over a BEIR dataset, or scores an existing run file, and reports the metrics. */
public final class Evaluation {
    /** Documents retrieved per query by default, as in Anserini's BEIR runs; the metrics need at least 100. */
    public static final int DEFAULT_HITS = 1000;
    static final String RUN_FILE = "run-file";

    private Evaluation() {
    }

    /**
     * What to evaluate.
     *
     * @param queryLimit   evaluate only the split's first N judged queries (qrels order); {@code null} for all
     * @param corpusSample evaluate over a sample of the corpus of this many documents ({@link BeirDataset#sample});
     *                     {@code null} for the whole corpus
     */
    public record Request(Path dataset, String split, Integer queryLimit, Integer corpusSample) {
        public Request {
            if (queryLimit != null && queryLimit < 1) {
                throw new IllegalArgumentException("query limit must be >= 1, was " + queryLimit);
            }
            if (corpusSample != null && corpusSample < 1) {
                throw new IllegalArgumentException("corpus sample must be >= 1, was " + corpusSample);
            }
        }

        /** Over the whole corpus. */
        public Request(Path dataset, String split, Integer queryLimit) {
            this(dataset, split, queryLimit, null);
        }

        List<BeirDoc> corpus(BeirDataset opened) {
            List<BeirDoc> all = opened.readCorpus();
            return corpusSample == null ? all : opened.sample(all, corpusSample);
        }

        BeirDataset open() {
            BeirDataset all = BeirDataset.open(dataset, split);
            return queryLimit == null ? all : all.firstQueries(queryLimit);
        }
    }

    /** Builds {@code retriever} over the corpus, retrieves {@code hits} documents per query and scores them. */
    public static EvalReport retrieve(Request request, String retriever, RetrieverOptions options, int hits) {
        return retrieve(request, retriever, options, hits, (done, total) -> { });
    }

    /** As above, reporting how far embedding the corpus has got (dense and hybrid retrievers). */
    public static EvalReport retrieve(Request request, String retriever, RetrieverOptions options, int hits,
                                      EmbeddingProgress progress) {
        if (hits < 100) {
            throw new IllegalArgumentException("hits must be >= 100 so that Recall@100 means what it says, was " + hits);
        }
        long start = System.nanoTime();
        BeirDataset dataset = request.open();
        List<BeirDoc> corpus = request.corpus(dataset);
        long loaded = System.nanoTime();
        try (EvalRetriever r = Retrievers.open(retriever, corpus, options, progress)) {
            long indexed = System.nanoTime();
            Map<String, List<ScoredDoc>> run = r.retrieve(dataset.queries(), hits);
            long searched = System.nanoTime();
            return new EvalReport(dataset.dir().toString(), dataset.split(), r.name(), r.model(),
                    Metrics.evaluate(dataset.qrels(), run), corpus.size(),
                    seconds(start, loaded), seconds(loaded, indexed), seconds(indexed, searched), run);
        }
    }

    /** Scores an existing TREC run file against the dataset's qrels; the corpus is not read. */
    public static EvalReport scoreRun(Request request, Path runFile) {
        long start = System.nanoTime();
        BeirDataset dataset = request.open();
        Map<String, List<ScoredDoc>> run = TrecRun.read(runFile);
        long loaded = System.nanoTime();
        return new EvalReport(dataset.dir().toString(), dataset.split(), RUN_FILE, null,
                Metrics.evaluate(dataset.qrels(), run), -1, seconds(start, loaded), 0, 0, run);
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }
}
