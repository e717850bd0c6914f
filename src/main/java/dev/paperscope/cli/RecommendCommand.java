package dev.paperscope.cli;

import dev.paperscope.app.Paperscope;
import dev.paperscope.app.ProductRecommender;
import dev.paperscope.app.RecommendAnswer;
import dev.paperscope.app.RecommendJson;
import dev.paperscope.app.Recommendation;
import dev.paperscope.app.RecommendationBasis;
import dev.paperscope.eval.KeywordLists;
import dev.paperscope.eval.KeywordPaper;
import dev.paperscope.eval.RecommendEvaluation;
import dev.paperscope.eval.RecommendingLibrary;
import dev.paperscope.search.recommend.RecommendMethod;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "recommend", mixinStandardHelpOptions = true,
        description = {"Recommends papers like the ones you keep.",
                "Learns from a reading list, your starred talks, some works, or (none of these) all your lists and stars,",
                "against the rest of the library; leaves the kept papers out and explains each recommendation (\"close to",
                "X and Y in your list\"). QUERY restricts the candidates to the works that best match it. --evaluate measures",
                "the methods on a keyword-labelled conference file instead."})
final class RecommendCommand extends DataCommand {
    @Option(names = "--list", paramLabel = "NAME", description = "Learn from this reading list.")
    String list;
    @Option(names = "--starred", description = "Learn from your starred talks (the agenda).")
    boolean starred;
    @Option(names = "--work", paramLabel = "ID", arity = "1..*", description = "Learn from these work or record ids.")
    List<String> workIds;
    @Option(names = "--limit", defaultValue = "10", paramLabel = "N", description = "Works to recommend (default ${DEFAULT-VALUE}).")
    int limit;
    @Option(names = "--method", paramLabel = "NAME",
            description = "centroid, svm, embedding, embedding-svm, combined, terms or terms-embedding (default: terms-embedding; terms when the index has no vectors).")
    String method;
    @Option(names = "--json", description = "Print the recommendations as one JSON object (the shape of search results).")
    boolean json;
    @Option(names = "--evaluate", paramLabel = "FILE",
            description = "Instead: precision@10 of every method and baseline on a JSON Lines conference file with keywords (docs/BENCHMARKS.md).")
    Path evaluate;
    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Recommend only among the works matching this query.")
    List<String> query;

    @Override
    public Integer call() throws Exception {
        if (evaluate != null) {
            return evaluate(spec.commandLine().getOut());
        }
        return super.call();
    }

    @Override
    void check() {
        checkLimit(limit);
        int bases = (list != null ? 1 : 0) + (starred ? 1 : 0) + (workIds != null && !workIds.isEmpty() ? 1 : 0);
        if (bases > 1) {
            throw usage("give one of --list, --starred and --work (none: all your lists and stars)");
        }
        methodOption();
    }

    private Optional<RecommendMethod> methodOption() {
        try {
            return Optional.ofNullable(method).map(RecommendMethod::parse);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    @Override
    int run(Paperscope ps, PrintWriter out) {
        RecommendationBasis basis = list != null ? new RecommendationBasis.ReadingList(list)
                : starred ? new RecommendationBasis.Starred()
                : workIds != null && !workIds.isEmpty() ? new RecommendationBasis.Works(workIds)
                : new RecommendationBasis.Everything();
        Optional<String> q = query == null || query.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", query));
        RecommendAnswer answer = ps.recommendations().recommend(basis, q, limit, methodOption());
        if (json) {
            out.println(RecommendJson.toNode(answer));
            return 0;
        }
        answer.notes().forEach(n -> out.println("note: " + n));
        if (answer.recommendations().isEmpty()) {
            out.printf("Nothing to recommend from %s (%.1f ms)%n", basis.where(), answer.millis());
            return 0;
        }
        out.printf("%d recommended from %s (%s; %d kept, %.1f ms)%n", answer.recommendations().size(), basis.where(), answer.method(),
                answer.kept().size(), answer.millis());
        int rank = 1;
        for (Recommendation r : answer.recommendations()) {
            var h = r.hit();
            out.printf("%2d. %s  (score %.3f)  %s%n", rank++, h.title() == null ? "(untitled)" : h.title(), h.score(), h.id());
            out.println("    " + answer.explanation(r));
        }
        return 0;
    }

    private int evaluate(PrintWriter out) {
        List<KeywordPaper> papers = KeywordLists.read(evaluate);
        List<String> methods = Arrays.stream(RecommendMethod.values()).map(RecommendMethod::externalName).toList();
        RecommendEvaluation.Report report;
        try (Progress progress = Progress.lazy("embed corpus", "passages");
             RecommendingLibrary library = ProductRecommender.FACTORY.open(papers.stream().map(KeywordPaper::doc).toList(), progress::update)) {
            report = RecommendEvaluation.run(papers, library, methods, m -> spec.commandLine().getErr().println("evaluating " + m));
        }
        if (json) {
            out.println(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(report));
            return 0;
        }
        out.printf("%d papers, %d keywords with >= %d papers; lists of %d, precision@%d%n", report.papers(), report.keywords(),
                RecommendEvaluation.MIN_PAPERS, RecommendEvaluation.LIST_SIZE, RecommendEvaluation.K);
        out.println("dev: the 1st, 3rd... most frequent keywords; test: the 2nd, 4th... (choose settings on dev, report test)");
        out.printf("%-16s %10s %10s %12s %9s %9s %9s %9s%n", "method", "first ten", "seeded ten", "top 6 first", "dev first", "test first",
                "dev seed", "test seed");
        report.rows().forEach(r -> out.printf("%-16s %10.3f %10.3f %12.3f %9.3f %9.3f %9.3f %9.3f%n", r.method(), r.allFirst(), r.allSeeded(),
                r.frequentFirst(), r.devFirst(), r.testFirst(), r.devSeeded(), r.testSeeded()));
        return 0;
    }
}
