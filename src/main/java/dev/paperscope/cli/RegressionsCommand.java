package dev.paperscope.cli;

import dev.paperscope.eval.RegressionEntry;
import dev.paperscope.eval.Regressions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "regressions", mixinStandardHelpOptions = true,
        description = {"Checks the expected effectiveness figures of regressions/regressions.json (in the jar).",
                "Prints PASS, FAIL or SKIP (dataset absent) per entry; exits 1 when any entry fails."})
final class RegressionsCommand implements Callable<Integer> {
    @Option(names = "--only", paramLabel = "NAME", description = "Run only this entry.")
    String only;
    @Option(names = "--root", paramLabel = "DIR", defaultValue = ".",
            description = "Folder the entries' dataset paths are relative to: the repository (default: the current folder).")
    Path root;
    @Option(names = "--list", description = "List the entries without running them.")
    boolean list;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<RegressionEntry> entries = selected(Regressions.load());
        if (list) {
            entries.forEach(e -> out.printf("%-32s %s %s %s %s = %.4f ± %.4f%s%n", e.name(), e.dataset(), e.split(), e.retriever(),
                    e.metric(), e.expected(), e.tolerance(), e.queryLimit() == null ? "" : " (first " + e.queryLimit() + " queries)"));
            return 0;
        }
        List<Regressions.Outcome> outcomes = Regressions.run(entries, root, o -> out.println(o.line()));
        long failed = outcomes.stream().filter(o -> o.status() == Regressions.Status.FAIL).count();
        long skipped = outcomes.stream().filter(o -> o.status() == Regressions.Status.SKIP).count();
        out.printf("%d passed, %d failed, %d skipped%n", outcomes.size() - failed - skipped, failed, skipped);
        return failed > 0 ? 1 : 0;
    }

    private List<RegressionEntry> selected(List<RegressionEntry> all) {
        if (only == null) {
            return all;
        }
        List<RegressionEntry> match = all.stream().filter(e -> e.name().equals(only)).toList();
        if (match.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no regression named \"" + only + "\"; known: "
                    + String.join(", ", all.stream().map(RegressionEntry::name).toList()));
        }
        return match;
    }
}
