package dev.paperscope.cli;

import dev.paperscope.app.Paperscope;
import dev.paperscope.search.SearchJson;
import dev.paperscope.search.SearchResults;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "related", mixinStandardHelpOptions = true,
        description = {"Lists records related to one record.",
                "Related: the nearest neighbours of its passage vector, or records sharing its title and",
                "abstract words when the index has no vectors. The record itself and copies of it (the same",
                "title and abstract) are left out."})
final class RelatedCommand implements Callable<Integer> {
    @Mixin
    DataOption data;
    @Option(names = "--limit", defaultValue = "10", paramLabel = "N", description = "Records to show (default ${DEFAULT-VALUE}).")
    int limit;
    @Option(names = "--json", description = "Print the results as one JSON object.")
    boolean json;
    @Parameters(paramLabel = "ID", description = "A record id, as search results show it.")
    String id;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (limit < 1 || limit > SearchResults.MAX_LIMIT) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must lie in 1..10000");
        }
        try (Paperscope ps = data.open()) {
            Optional<SearchResults> results = ps.works().related(id, limit);
            if (results.isEmpty()) {
                spec.commandLine().getErr().println("paperscope: no record has id " + id);
                return CommandLine.ExitCode.USAGE;
            }
            if (json) {
                spec.commandLine().getOut().println(SearchJson.toJson(results.get()));
            } else {
                ResultPrinter.print(results.get(), spec.commandLine().getOut(), System.console() != null);
            }
        }
        return 0;
    }
}
