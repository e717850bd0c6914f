package dev.paperscope.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperscope.app.BackendChoice;
import dev.paperscope.app.ProductRetriever;
import dev.paperscope.eval.EvalReport;
import dev.paperscope.eval.Evaluation;
import dev.paperscope.eval.RetrieverOptions;
import dev.paperscope.eval.Retrievers;
import dev.paperscope.eval.SimilarityProfile;
import dev.paperscope.eval.TrecRun;
import dev.paperscope.search.dense.EmbeddingModels;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Evaluates a retriever on a BEIR dataset (nDCG@10, Recall@100, MRR@10).",
                "The metrics are computed as trec_eval -c computes them; --run-in scores an existing TREC run file instead.",
                "bm25 is flat BM25 (one field, Anserini's BEIR setting); product-bm25, product-dense and product-hybrid",
                "(dense and hybrid for short) ingest the corpus into a temporary data folder and run the product's own search."})
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--beir", required = true, paramLabel = "DIR",
            description = "BEIR folder: corpus.jsonl[.gz], queries.jsonl, qrels/<split>.tsv.")
    Path beir;
    @Option(names = "--split", defaultValue = "test", description = "Qrels split (default ${DEFAULT-VALUE}).")
    String split;
    @Option(names = "--retriever", paramLabel = "NAME", completionCandidates = RetrieverNames.class,
            description = "Retriever to evaluate: ${COMPLETION-CANDIDATES} (default bm25).")
    String retriever;
    @picocli.CommandLine.Mixin
    Bm25Options bm25;
    @Option(names = "--hits", defaultValue = "1000", paramLabel = "N", description = "Documents retrieved per query, >= 100 (default ${DEFAULT-VALUE}); "
            + "product-hybrid returns what search returns: the candidates it fuses, then BM25's other matches.")
    int hits;
    @Option(names = "--queries", paramLabel = "N", description = "Evaluate only the split's first N judged queries (qrels order).")
    Integer queries;
    @Option(names = "--run-out", paramLabel = "FILE", description = "Also write the run as a TREC run file.")
    Path runOut;
    @Option(names = "--run-in", paramLabel = "FILE", description = "Score this TREC run file instead of retrieving.")
    Path runIn;
    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;
    @Option(names = "--model", paramLabel = "NAME",
            description = {"Embedding model of dense and hybrid retrieval. Given twice, the first retrieves and the second re-scores,",
                    "as search does (each scaled, equal weights). Default: search's, bge-small-en-v1.5-q then all-minilm-l6-v2-q."})
    List<String> models;
    @Option(names = "--corpus-sample", paramLabel = "N",
            description = "Evaluate over N documents of the corpus: every judged one, then the others in file order (a quick check).")
    Integer corpusSample;
    @Option(names = "--fusion", defaultValue = "score", description = "Hybrid fusion: rrf or score (default ${DEFAULT-VALUE}).")
    String fusion;
    @Option(names = "--dense-weight", defaultValue = "0.5", description = "Dense share of score fusion (default ${DEFAULT-VALUE}).")
    double denseWeight;
    @Option(names = "--similarity-profile",
            description = "Instead of evaluating, print each model's cosines of relevant pairs, other pairs and nonsense queries' nearest "
                    + "documents: the data a similarity floor is calibrated on (docs/BENCHMARKS.md).")
    boolean similarityProfile;
    @picocli.CommandLine.Mixin
    BackendOption backend;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Evaluation.Request request = request();
        EvalReport report;
        if (runIn != null) {
            if (retriever != null || runOut != null) {
                throw new ParameterException(spec.commandLine(), "--run-in scores an existing run: it takes neither --retriever nor --run-out");
            }
            report = Evaluation.scoreRun(request, runIn);
        } else {
            String name = retriever == null ? "bm25" : retriever;
            if (!Retrievers.NAMES.contains(name)) {
                throw new ParameterException(spec.commandLine(), Retrievers.unknown(name));
            }
            RetrieverOptions options;
            try {
                options = new RetrieverOptions(bm25.params(spec.commandLine()),
                        models == null || models.isEmpty() ? EmbeddingModels.DEFAULT_ENSEMBLE : models,
                        fusion, denseWeight);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            if (similarityProfile) {
                try (Progress progress = Progress.lazy("embed corpus", "passages")) {
                    spec.commandLine().getOut().print(SimilarityProfile.format(
                            SimilarityProfile.profile(request, options, 200, 42, progress::update)));
                }
                spec.commandLine().getOut().flush();
                return 0;
            }
            try (Progress progress = Progress.lazy("embed corpus", "passages")) {
                report = Evaluation.retrieve(request, name, options, hits, progress::update, ProductRetriever.factory(opensearchUrl(name)));
            }
            if (runOut != null) {
                TrecRun.write(runOut, report.run(), "paperscope-" + report.retriever());
            }
        }
        print(report, spec.commandLine().getOut());
        return 0;
    }

    /**
     * The cluster the product's retrievers search through with {@code --backend opensearch} (the temporary data
     * folder is made to remember it); empty for the embedded index. Only product retrievers have a backend.
     */
    private Optional<String> opensearchUrl(String name) {
        String chosen = backend.backend != null ? backend.backend : System.getenv(BackendChoice.ENV_BACKEND);
        if (chosen == null || chosen.isBlank() || BackendChoice.Backend.parse(chosen) == BackendChoice.Backend.LUCENE) {
            return Optional.empty();
        }
        if (!name.startsWith("product") && !List.of("dense", "hybrid").contains(name)) {
            throw new ParameterException(spec.commandLine(), "--backend opensearch applies to the product's retrievers (product-bm25, "
                    + "product-dense, product-hybrid), not to " + name);
        }
        String url = backend.url != null ? backend.url : System.getenv(BackendChoice.ENV_URL);
        if (url == null || url.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--backend opensearch needs --opensearch-url URL (or "
                    + BackendChoice.ENV_URL + ")");
        }
        return Optional.of(url);
    }

    /** Lists the registered retrievers in {@code --help}. */
    static final class RetrieverNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Retrievers.NAMES.iterator();
        }
    }

    private Evaluation.Request request() {
        if (hits < 100) {
            throw new ParameterException(spec.commandLine(), "--hits must be >= 100 (Recall@100 needs the top 100)");
        }
        if (queries != null && queries < 1) {
            throw new ParameterException(spec.commandLine(), "--queries must be >= 1");
        }
        if (corpusSample != null && corpusSample < 1) {
            throw new ParameterException(spec.commandLine(), "--corpus-sample must be >= 1");
        }
        return new Evaluation.Request(beir, split, queries, corpusSample);
    }

    private void print(EvalReport r, PrintWriter out) throws Exception {
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(r.jsonFields()));
            return;
        }
        out.printf("dataset:    %s (split %s, %d queries%s)%n", r.dataset(), r.split(), r.scores().queries(),
                r.corpusSize() < 0 ? "" : ", " + r.corpusSize() + " documents");
        out.printf("retriever:  %s%s%n", r.retriever(), runIn != null ? " " + runIn
                : r.model() != null ? " (" + r.model() + ")" : " (k1 " + bm25.k1 + ", b " + bm25.b + ")");
        out.printf("nDCG@10     %.4f%nRecall@100  %.4f%nMRR@10      %.4f%n", r.scores().ndcg10(), r.scores().recall100(), r.scores().mrr10());
        out.printf("time:       load %.2f s, index %.2f s, search %.2f s%n", r.loadSeconds(), r.indexSeconds(), r.searchSeconds());
    }
}
