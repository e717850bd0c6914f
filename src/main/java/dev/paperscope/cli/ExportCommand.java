package dev.paperscope.cli;

import dev.paperscope.app.Paperscope;
import dev.paperscope.ingest.RecordJson;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true, description = "Prints the catalog as JSON Lines.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    DataOption data;
    @Option(names = "--records", required = true, description = "One source record per line, with its provenance.")
    boolean records;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Paperscope ps = data.open()) {
            ps.exportRecords(r -> out.println(RecordJson.toJson(r)));
        }
        out.flush();
        return 0;
    }
}
