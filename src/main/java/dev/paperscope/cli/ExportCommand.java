package dev.paperscope.cli;

import dev.paperscope.app.Paperscope;
import dev.paperscope.app.Resolution;
import dev.paperscope.app.ResolvedJson;
import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.resolve.Work;
import dev.paperscope.resolve.WorkJson;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true, description = "Prints the catalog as JSON Lines.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    DataOption data;
    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;
    @Spec
    CommandSpec spec;

    static final class What {
        @Option(names = "--records", required = true, description = "One source record per line, with its provenance, its work and fields recovered from reference files.")
        boolean records;
        @Option(names = "--works", required = true, description = "One work per line: its records and the evidence of each merge.")
        boolean works;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Paperscope ps = data.open()) {
            if (what.works) {
                Resolution resolution = ps.resolve();
                Map<String, SourceRecord> byId = resolution.recordsById();
                for (Work w : resolution.works()) {
                    out.println(WorkJson.toNode(w, byId));
                }
            } else {
                ps.exportResolved(r -> out.println(ResolvedJson.toNode(r)));
            }
        }
        out.flush();
        return 0;
    }
}
