package dev.paperscope.cli;

import dev.paperscope.app.Counted;
import dev.paperscope.app.Paperscope;
import dev.paperscope.app.Resolution;
import dev.paperscope.app.ResolvedJson;
import dev.paperscope.app.SearchOptions;
import dev.paperscope.export.Citable;
import dev.paperscope.export.Exporter;
import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.resolve.Work;
import dev.paperscope.resolve.WorkJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Prints the catalog as JSON Lines, or a search's hits as citations (BibTeX or CSL-JSON)."})
final class ExportCommand extends DataCommand {
    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    static final class What {
        @Option(names = "--records", required = true, description = "One source record per line, with its provenance, its work and fields recovered from reference files.")
        boolean records;
        @Option(names = "--works", required = true, description = "One work per line: its records and the evidence of each merge.")
        boolean works;
        @Option(names = "--bibtex", required = true, description = "The hits of QUERY as BibTeX.")
        boolean bibtex;
        @Option(names = "--csl", required = true, description = "The hits of QUERY as CSL-JSON.")
        boolean csl;
    }

    @Option(names = "--limit", defaultValue = "100", paramLabel = "N", description = "With --bibtex/--csl: hits to cite (default ${DEFAULT-VALUE}).")
    int limit;
    @Option(names = "--out", paramLabel = "FILE", description = "With --bibtex/--csl: write to FILE instead of standard output.")
    Path outFile;
    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "With --bibtex/--csl: the search whose hits to cite.")
    List<String> query;

    @Override
    void check() {
        boolean citations = what.bibtex || what.csl;
        if (citations && (query == null || query.isEmpty())) {
            throw usage("--bibtex and --csl cite the hits of a QUERY: name one");
        }
        if (citations) {
            checkLimit(limit);
        } else if (query != null && !query.isEmpty()) {
            throw usage("a QUERY goes with --bibtex or --csl only");
        }
    }

    @Override
    int run(Paperscope ps, PrintWriter out) throws IOException {
        if (what.bibtex || what.csl) {
            return citations(ps);
        }
        if (what.works) {
            Resolution resolution = ps.resolve();
            Map<String, SourceRecord> byId = resolution.recordsById();
            for (Work w : resolution.works()) {
                out.println(WorkJson.toNode(w, byId));
            }
        } else {
            ps.exportResolved(r -> out.println(ResolvedJson.toNode(r)));
        }
        out.flush();
        return 0;
    }

    private int citations(Paperscope ps) throws IOException {
        List<String> ids = ps.searches().ids(String.join(" ", query), limit, SearchOptions.DEFAULT);
        List<Citable> cited = ps.exports().citables(ids);
        List<String> untitled = Exporter.untitled(cited);
        emit(what.bibtex ? Exporter.bibtexOf(cited) : Exporter.cslJsonOf(cited), outFile, spec,
                Counted.of(cited.size() - untitled.size(), "entry", "entries"));
        untitled(untitled, spec);
        return 0;
    }

    /** Says which hits were left out of a citation export for want of a title. */
    static void untitled(List<String> ids, CommandSpec spec) {
        if (!ids.isEmpty()) {
            spec.commandLine().getErr().println("paperscope: left out " + ids.size() + " without a title (not even one recovered from a"
                    + " reference list): " + String.join(", ", ids));
        }
    }

    /** Prints {@code text}, or writes it to {@code file} and says so. */
    static void emit(String text, Path file, CommandSpec spec, String what) throws IOException {
        if (file == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            spec.commandLine().getOut().println("wrote " + what + " to " + file);
        }
    }
}
