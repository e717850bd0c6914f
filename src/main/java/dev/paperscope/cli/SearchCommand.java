package dev.paperscope.cli;

import dev.paperscope.app.FusionMethod;
import dev.paperscope.app.Paperscope;
import dev.paperscope.app.Retriever;
import dev.paperscope.app.SearchOptions;
import dev.paperscope.search.SearchJson;
import dev.paperscope.search.SearchResults;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches papers, talks and posts: BM25, dense (embeddings) or both fused.",
                "One hit per work (a paper and every record of it), or per record with --records.",
                "Syntax: words, \"phrases\", field:value, field:\"phrase\", year:2020..2022,",
                "start>=2022-07-21T12:30, end<=..., -word or -field:value to exclude.",
                "Fields: title abstract author venue year room session moderator award section kind source id start end."})
final class SearchCommand implements Callable<Integer> {
    @Mixin
    DataOption data;
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
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (limit < 1 || limit > SearchResults.MAX_LIMIT) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must lie in 1..10000");
        }
        SearchOptions options;
        try {
            options = SearchOptions.DEFAULT.withBm25(bm25.params(spec.commandLine())).withFusion(fusion, denseWeight);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (retriever != null) {
            options = options.withRetriever(retriever);
        }
        try (Paperscope ps = data.open()) {
            String text = String.join(" ", query);
            SearchResults results = records ? ps.search(text, limit, options) : ps.searchWorks(text, limit, options);
            if (json) {
                spec.commandLine().getOut().println(SearchJson.toNode(results).put("grouping", records ? "records" : "works"));
            } else {
                ResultPrinter.print(results, !records, spec.commandLine().getOut(), System.console() != null);
            }
        }
        return 0;
    }
}
