package dev.paperscope.cli;

import dev.paperscope.app.Answers;
import dev.paperscope.app.Paperscope;
import dev.paperscope.eval.AskEvaluation;
import dev.paperscope.eval.AskExpected;
import dev.paperscope.eval.AskQuestion;
import dev.paperscope.search.answers.AnswerParams;
import dev.paperscope.search.answers.Candidate;
import dev.paperscope.search.answers.SentenceBm25;
import dev.paperscope.search.dense.Embedder;
import dev.paperscope.search.dense.EmbeddingModels;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "eval-ask", mixinStandardHelpOptions = true,
        description = {"Evaluates ask on a question set over a data folder.",
                "For answerable questions: how often a right answer (the answering span, from the right paper) comes",
                "first and in the top 3, and how often the library is said",
                "to answer; for unanswerable ones, how often it is said not to. Runs the same ask as the CLI and API.",
                "The built-in set (regressions/ask-questions.jsonl) expects a folder holding the seed pages, NeurIPS 2023,",
                "ICLR 2020 and the ten PDFs of ../shared/data (docs/BENCHMARKS.md); --check compares the figures with",
                "those expected of it (regressions/ask-expected.json) and exits 1 when one is off."})
final class AskEvalCommand extends DataCommand {
    @Option(names = "--questions", paramLabel = "FILE", description = "Question set (JSON Lines); default: the built-in set.")
    Path questions;
    @Option(names = "--split", defaultValue = "test", description = "dev, test or all (default ${DEFAULT-VALUE}).")
    String split;
    @Option(names = "--baseline", description = "Also evaluate plain BM25 over every sentence of the library.")
    boolean baseline;
    @Option(names = "--verbose", description = "Also print each answerable question whose first answer is wrong, with that answer.")
    boolean verbose;
    @Option(names = "--check", description = "Compare with the expected figures of the built-in set (regressions/ask-expected.json).")
    boolean check;
    @Mixin
    AskCalibrationOptions calibration;
    private List<AnswerParams> variants;

    @Override
    void check() {
        if (!List.of("dev", "test", "all").contains(split)) {
            throw usage("--split must be dev, test or all");
        }
        if (check && questions != null) {
            throw usage("--check compares the built-in set's figures: it takes no --questions");
        }
        try {
            variants = calibration.variants(AnswerParams.DEFAULT);
            if (calibration.sentenceModel != null && !EmbeddingModels.names().contains(calibration.sentenceModel)) {
                throw new IllegalArgumentException("--sentence-model must be one of " + EmbeddingModels.names());
            }
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    @Override
    int run(Paperscope ps, PrintWriter out) {
        List<AskQuestion> all = questions == null ? AskEvaluation.loadResource() : AskEvaluation.load(questions);
        List<AskQuestion> chosen = AskEvaluation.of(all, split);
        Embedder model = calibration.sentenceModel == null ? null : EmbeddingModels.open(calibration.sentenceModel);
        try {
            Answers base = model == null ? ps.answers() : ps.answers().withSentenceModel(model);
            int failed = 0;
            for (AnswerParams params : variants) {
                failed += evaluate(base.withParams(params), params, chosen, out);
            }
            baseline(ps, chosen, out);
            return failed == 0 ? 0 : 1;
        } finally {
            if (model != null) {
                model.close();
            }
        }
    }

    /** Prints one variant's figures (and the check); returns how many checks failed. */
    private int evaluate(Answers answers, AnswerParams params, List<AskQuestion> chosen, PrintWriter out) {
        out.printf(Locale.ROOT, "ask %s (%s)%n", params, answers.retrieval());
        AskEvaluation.Report report = AskEvaluation.run(split, chosen, q -> answers.ranked(q, Answers.DEFAULT_LIMIT));
        out.print(report.format());
        if (verbose) {
            report.notFirst().forEach(line -> out.println("  not first: " + line));
            report.decided().forEach(d -> out.println("  evidence: " + d.format()));
            out.print(AskEvaluation.calibration(report, new double[] {0.45, 0.5, 0.55}, new double[] {0.3, 0.33, 0.35, 0.37, 0.4},
                    new double[] {0, 0.5, 0.7, 0.8, 0.9, 1}));
        }
        int failed = 0;
        if (check) {
            List<String> lines = AskExpected.load().check(answers.retrieval(), report);
            lines.forEach(out::println);
            failed = (int) lines.stream().filter(l -> l.startsWith("FAIL")).count();
        }
        out.flush();
        return failed;
    }

    private void baseline(Paperscope ps, List<AskQuestion> chosen, PrintWriter out) {
        if (baseline) {
            List<Candidate> passages = new ArrayList<>();
            ps.exportResolved(r -> passages.addAll(Answers.passages(r)));
            try (SentenceBm25 bm25 = new SentenceBm25(passages)) {
                out.printf(Locale.ROOT, "baseline: BM25 over %d sentences%n", bm25.sentenceCount());
                out.print(AskEvaluation.run(split, chosen, q -> bm25.rank(q, Answers.DEFAULT_LIMIT)).format());
            }
        }
        out.flush();
    }
}
