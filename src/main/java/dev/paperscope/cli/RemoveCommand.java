package dev.paperscope.cli;

import dev.paperscope.app.Paperscope;
import dev.paperscope.app.RemovedFile;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Takes one ingested file out of the catalog and the index, with all its records.",
                "Reading-list items and stars that pointed at its papers are reported and kept (shown as missing)."})
final class RemoveCommand extends DataCommand {
    @Parameters(paramLabel = "FILE|ID", description = "The file's path, its stored name (see: paperscope files), or the id of one of its records.")
    String target;

    @Override
    int run(Paperscope ps, PrintWriter out) {
        RemovedFile r;
        try {
            r = ps.changes().remove(target);
        } catch (IllegalArgumentException e) {
            err().println("error: " + e.getMessage());
            return 1;
        }
        out.printf("removed %s (%s, %s): %d records, %d works%n", r.file().name(),
                r.file().path() == null ? "read from memory" : r.file().path(), r.file().format(), r.records(), r.works());
        r.danglingUserData().forEach(d -> out.println("  note: " + d));
        out.printf("catalog holds %d records%n", ps.recordCount());
        return 0;
    }
}
