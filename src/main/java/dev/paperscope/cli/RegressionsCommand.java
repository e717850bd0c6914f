package dev.paperscope.cli;

import dev.paperscope.app.ProductRetriever;
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
                "Each entry is one evaluation (dataset, retriever, models) with its expected metrics; dataset paths are relative to --data-root.",
                "Prints PASS, FAIL or SKIP (dataset absent) per metric; exits 1 when any fails."})
final class RegressionsCommand implements Callable<Integer> {
    @Option(names = "--only", paramLabel = "NAME", description = "Run only this entry.")
    String only;
    @picocli.CommandLine.Mixin
    DataRootOption dataRoot;
    @Option(names = "--list", description = "List the entries without running them.")
    boolean list;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<RegressionEntry> entries = selected(Regressions.load());
        if (list) {
            for (RegressionEntry e : entries) {
                out.printf("%-38s %s %s %s%s%s%s%n", e.name(), e.dataset(), e.split(), e.retriever(),
                        e.retriever().equals("bm25") || e.retriever().equals("product-bm25") ? "" : " " + String.join("+", e.models()),
                        e.queryLimit() == null ? "" : " (first " + e.queryLimit() + " queries)",
                        e.corpusSample() == null ? "" : " (" + e.corpusSample() + " documents)");
                e.metrics().forEach((m, x) -> out.printf(java.util.Locale.ROOT, "    %-10s = %.4f ± %.4f%n", m, x.value(), x.tolerance()));
            }
            return 0;
        }
        Path root = dataRoot.require("regressions");
        List<Regressions.Outcome> outcomes = Regressions.run(entries, root, ProductRetriever.FACTORY, o -> out.println(o.line()));
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
