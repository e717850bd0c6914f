package dev.paperscope.cli;

import dev.paperscope.app.Paperscope;
import dev.paperscope.search.SearchJson;
import dev.paperscope.search.SearchResults;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "related", mixinStandardHelpOptions = true,
        description = {"Lists records related to one record.",
                "Related: the nearest neighbours of its passage vector, or records sharing its title and",
                "abstract words when the index has no vectors. The record itself and copies of it (the same",
                "title and abstract) are left out."})
final class RelatedCommand extends DataCommand {
    @Option(names = "--limit", defaultValue = "10", paramLabel = "N", description = "Records to show (default ${DEFAULT-VALUE}).")
    int limit;
    @Option(names = "--json", description = "Print the results as one JSON object.")
    boolean json;
    @Parameters(paramLabel = "ID", description = "A record id, as search results show it.")
    String id;

    @Override
    void check() {
        checkLimit(limit);
    }

    @Override
    int run(Paperscope ps, PrintWriter out) {
        Optional<SearchResults> results = ps.works().related(id, limit);
        if (results.isEmpty()) {
            err().println("paperscope: no record has id " + id);
            return CommandLine.ExitCode.USAGE;
        }
        if (json) {
            out.println(SearchJson.toJson(results.get()));
        } else {
            ResultPrinter.print(results.get(), out, System.console() != null);
        }
        return 0;
    }
}
