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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval-ask", mixinStandardHelpOptions = true,
        description = {"Evaluates ask on a question set over a data folder.",
                "For answerable questions: how often a right answer (the answering span, from the right paper) comes",
                "first and in the top 3, and how often the library is said",
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
    @Option(names = "--weights", paramLabel = "LEX,DENSE,PRIOR,NUMBER,LAMBDA",
            description = "Score weights and MMR lambda to evaluate instead of the defaults (calibration on dev); repeat to compare several.")
    List<String> weights;
    @Option(names = "--verbose", description = "Also print each answerable question whose first answer is wrong, with that answer.")
    boolean verbose;
    @Option(names = "--decision", split = ",", paramLabel = "SCORE,COVERAGE",
            description = "Answerable thresholds to evaluate instead of the defaults (calibration on dev).")
    List<Double> decision;

    @Override
    void check() {
        if (!List.of("dev", "test", "all").contains(split)) {
            throw usage("--split must be dev, test or all");
        }
        if (weights != null) {
            for (String w : weights) {
                if (w.split(",").length != 5) {
                    throw usage("--weights takes five numbers: LEX,DENSE,PRIOR,NUMBER,LAMBDA");
                }
            }
        }
        if (decision != null && decision.size() != 2) {
            throw usage("--decision takes two numbers: SCORE,COVERAGE");
        }
    }

    @Override
    int run(Paperscope ps, PrintWriter out) {
        List<AskQuestion> all = questions == null ? AskEvaluation.loadResource() : AskEvaluation.load(questions);
        List<AskQuestion> chosen = AskEvaluation.of(all, split);
        AnswerParams base = ps.answers().params();
        if (decision != null) {
            base = base.withThreshold(decision.get(0), decision.get(1));
        }
        for (String w : weights == null ? List.of("") : weights) {
            AnswerParams params = base;
            if (!w.isEmpty()) {
                double[] v = Arrays.stream(w.split(",")).mapToDouble(Double::parseDouble).toArray();
                params = params.withWeights(v[0], v[1], v[2], v[3], v[4]);
            }
            Answers answers = ps.answers().withParams(params);
            out.printf(Locale.ROOT, "ask %s%n", params);
            AskEvaluation.Report report = AskEvaluation.run(split, chosen, q -> answers.ranked(q, Answers.DEFAULT_LIMIT));
            out.print(report.format());
            if (verbose) {
                report.notFirst().forEach(line -> out.println("  not first: " + line));
                out.print(AskEvaluation.calibration(report, new double[] {0.4, 0.5, 0.6},
                        new double[] {0.3, 0.33, 0.35, 0.37, 0.4}));
            }
            out.flush();
        }
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
