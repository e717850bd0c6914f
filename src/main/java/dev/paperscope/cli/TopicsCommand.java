package dev.paperscope.cli;

import dev.paperscope.app.Paperscope;
import dev.paperscope.app.TopicJson;
import dev.paperscope.app.TopicMap;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "topics", mixinStandardHelpOptions = true,
        description = {"Groups works into topics by their passage vectors and lays them out on a 2-D map.",
                "Maps the whole library, or the works QUERY matches (e.g. venue:\"ICML 2023\" or source:FILE for one venue",
                "or source file). Prints each topic's size, label and most central works; --json prints the topics and",
                "every work's point (x, y, topic). Deterministic for the same data; computed once per library change."})
final class TopicsCommand extends DataCommand {
    @Option(names = "--json", description = "Print {\"topics\": [...], \"points\": [...]} as one JSON object.")
    boolean json;
    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Map only the works this query matches (default: every work).")
    java.util.List<String> query = java.util.List.of();

    @Override
    int run(Paperscope ps, PrintWriter out) {
        TopicMap map = ps.topics().map(String.join(" ", query));
        if (json) {
            out.println(TopicJson.toJson(map));
            if (map.isEmpty()) {
                err().println("paperscope: " + map.emptyReason());
            }
            return 0;
        }
        if (map.isEmpty()) {
            out.println(map.emptyReason());
            return 0;
        }
        out.printf("%d topic(s) over %d work(s)%s%n", map.topics().size(), map.points().size(),
                map.unmapped() > 0 ? " (" + map.unmapped() + " without a title or abstract left off)" : "");
        for (TopicMap.Topic t : map.topics()) {
            out.printf("%n[%d] %s  (%d work%s)%n    terms: %s%n", t.id(), t.label(), t.size(), t.size() == 1 ? "" : "s", String.join(", ", t.terms()));
            for (String work : t.works()) {
                out.printf("    %s  %s%n", work, map.titles().getOrDefault(work, ""));
            }
        }
        return 0;
    }
}
