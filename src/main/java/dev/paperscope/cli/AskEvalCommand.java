package dev.paperscope.cli;

import dev.paperscope.app.Answers;
import dev.paperscope.app.Paperscope;
import dev.paperscope.eval.AskEvaluation;
import dev.paperscope.eval.AskQuestion;
import dev.paperscope.search.answers.AnswerParams;
import dev.paperscope.search.answers.Candidate;
import dev.paperscope.search.answers.SentenceBm25;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval-ask", mixinStandardHelpOptions = true,
        description = {"Evaluates ask on a question set over a data folder: for answerable questions, how often a right answer",
                "(the answering span, from the right paper) comes first and in the top 3, and how often the library is said",
                "to answer; for unanswerable ones, how often it is said not to. Runs the same ask as the CLI and API.",
                "The built-in set (regressions/ask-questions.jsonl) expects a folder holding the seed pages, NeurIPS 2023,",
                "ICLR 2020 and the ten PDFs of ../shared/data (docs/BENCHMARKS.md)."})
final class AskEvalCommand extends DataCommand {
    @Option(names = "--questions", paramLabel = "FILE", description = "Question set (JSON Lines); default: the built-in set.")
    Path questions;
    @Option(names = "--split", defaultValue = "test", description = "dev, test or all (default ${DEFAULT-VALUE}).")
    String split;
    @Option(names = "--baseline", description = "Also evaluate plain BM25 over every sentence of the library.")
    boolean baseline;
    @Option(names = "--weights", split = ",", paramLabel = "LEX,DENSE,PRIOR,LAMBDA",
            description = "Score weights and MMR lambda to evaluate instead of the defaults (calibration on dev).")
    List<Double> weights;
    @Option(names = "--decision", split = ",", paramLabel = "SCORE,COVERAGE",
            description = "Answerable thresholds to evaluate instead of the defaults (calibration on dev).")
    List<Double> decision;

    @Override
    void check() {
        if (!List.of("dev", "test", "all").contains(split)) {
            throw usage("--split must be dev, test or all");
        }
        if (weights != null && weights.size() != 4) {
            throw usage("--weights takes four numbers: LEX,DENSE,PRIOR,LAMBDA");
        }
        if (decision != null && decision.size() != 2) {
            throw usage("--decision takes two numbers: SCORE,COVERAGE");
        }
    }

    @Override
    int run(Paperscope ps, PrintWriter out) {
        List<AskQuestion> all = questions == null ? AskEvaluation.loadResource() : AskEvaluation.load(questions);
        List<AskQuestion> chosen = AskEvaluation.of(all, split);
        AnswerParams params = ps.answers().params();
        if (weights != null) {
            params = params.withWeights(weights.get(0), weights.get(1), weights.get(2), weights.get(3));
        }
        if (decision != null) {
            params = params.withThreshold(decision.get(0), decision.get(1));
        }
        Answers answers = ps.answers().withParams(params);
        out.printf(Locale.ROOT, "ask %s%n", params);
        out.print(AskEvaluation.run(split, chosen, q -> answers.ranked(q, Answers.DEFAULT_LIMIT)).format());
        if (baseline) {
            List<Candidate> passages = new ArrayList<>();
            ps.exportResolved(r -> passages.addAll(Answers.passages(r)));
            try (SentenceBm25 bm25 = new SentenceBm25(passages)) {
                out.printf(Locale.ROOT, "baseline: BM25 over %d sentences%n", bm25.sentenceCount());
                out.print(AskEvaluation.run(split, chosen, q -> bm25.rank(q, Answers.DEFAULT_LIMIT)).format());
            }
        }
        out.flush();
        return 0;
    }
}
