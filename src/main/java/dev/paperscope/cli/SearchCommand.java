package dev.paperscope.cli;

import dev.paperscope.app.FusionMethod;
import dev.paperscope.app.Paperscope;
import dev.paperscope.app.Retriever;
import dev.paperscope.app.SearchOptions;
import dev.paperscope.search.SearchJson;
import dev.paperscope.search.SearchResults;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches papers, talks and posts: BM25, dense (embeddings) or both fused.",
                "One hit per work (a paper and every record of it), or per record with --records.",
                "Syntax: words, \"phrases\", field:value, field:\"phrase\", year:2020..2022,",
                "start>=2022-07-21T12:30, end<=..., -word or -field:value to exclude.",
                "Fields: title abstract author venue year room session moderator award section kind source id start end."})
final class SearchCommand extends DataCommand {
    @Option(names = "--limit", defaultValue = "10", paramLabel = "N", description = "Hits to show (default ${DEFAULT-VALUE}).")
    int limit;
    @Option(names = "--json", description = "Print the results as one JSON object.")
    boolean json;
    @Option(names = "--records", description = "One hit per source record instead of one per work.")
    boolean records;
    @Mixin
    Bm25Options bm25;
    @Option(names = "--retriever", paramLabel = "NAME",
            description = "bm25, dense or hybrid (default: hybrid when the data folder has vectors, else bm25).")
    Retriever retriever;
    @Option(names = "--fusion", defaultValue = "score", paramLabel = "NAME",
            description = "How hybrid combines rankings: rrf (reciprocal rank, k 60) or score (min-max, weighted); default ${DEFAULT-VALUE}.")
    FusionMethod fusion;
    @Option(names = "--dense-weight", defaultValue = "0.5", paramLabel = "W",
            description = "Weight of dense scores in --fusion score, 0..1 (default ${DEFAULT-VALUE}).")
    double denseWeight;
    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query; several words are joined with spaces.")
    List<String> query;
    /** The options checked before the data folder is opened. */
    private SearchOptions options;

    @Override
    void check() {
        checkLimit(limit);
        try {
            options = SearchOptions.DEFAULT.withBm25(bm25.params(spec.commandLine())).withFusion(fusion, denseWeight);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        if (retriever != null) {
            options = options.withRetriever(retriever);
        }
    }

    @Override
    int run(Paperscope ps, PrintWriter out) {
        String text = String.join(" ", query);
        SearchResults results = records ? ps.search(text, limit, options) : ps.searches().works(text, limit, options);
        if (json) {
            out.println(SearchJson.toNode(results).put("grouping", records ? "records" : "works"));
        } else {
            ResultPrinter.print(results, !records, out, System.console() != null);
        }
        return 0;
    }
}
