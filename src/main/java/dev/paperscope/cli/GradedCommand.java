package dev.paperscope.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperscope.app.Paperscope;
import dev.paperscope.app.Retriever;
import dev.paperscope.app.SearchOptions;
import dev.paperscope.eval.GradedQueries;
import dev.paperscope.search.SearchHit;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "graded", mixinStandardHelpOptions = true,
        description = {"Scores the graded queries of the demo's seed pages by nDCG@10 over works.",
                "The set (regressions/graded-queries.json, in the jar) holds entity, keyword, natural-language and fielded",
                "queries; each runs as `search` runs it (one hit per work). Run it on a data folder made by `paperscope demo`."})
final class GradedCommand extends DataCommand {
    @Option(names = "--retriever", paramLabel = "NAME",
            description = "bm25, dense or hybrid (default: as search chooses, hybrid when the data folder has vectors).")
    Retriever retriever;
    @Option(names = "--json", description = "Print the figures as one JSON object.")
    boolean json;

    @Override
    int run(Paperscope ps, PrintWriter out) {
        SearchOptions options = retriever == null ? SearchOptions.DEFAULT : SearchOptions.DEFAULT.withRetriever(retriever);
        GradedQueries.Report report = GradedQueries.evaluate(GradedQueries.load(),
                q -> ps.searches().works(q, 10, options).hits().stream().map(SearchHit::title).toList());
        if (json) {
            ObjectNode root = new ObjectMapper().createObjectNode();
            root.put("overall", report.overall());
            ObjectNode types = root.putObject("by_type");
            report.byType().forEach(types::put);
            var queries = root.putArray("queries");
            report.queries().forEach(s -> queries.addObject().put("id", s.query().id()).put("type", s.query().type())
                    .put("query", s.query().query()).put("ndcg10", s.ndcg10()));
            out.println(root);
            return 0;
        }
        for (GradedQueries.Scored s : report.queries()) {
            out.printf(Locale.ROOT, "%-4s %-8s %.4f  %s%n", s.query().id(), s.query().type(), s.ndcg10(), s.query().query());
        }
        report.byType().forEach((type, v) -> out.printf(Locale.ROOT, "nDCG@10 %-8s %.4f%n", type, v));
        out.printf(Locale.ROOT, "nDCG@10 overall  %.4f (%d queries)%n", report.overall(), report.queries().size());
        return 0;
    }
}
