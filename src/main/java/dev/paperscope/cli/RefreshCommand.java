package dev.paperscope.cli;

import dev.paperscope.app.Counted;
import dev.paperscope.app.Paperscope;
import dev.paperscope.app.RefreshResult;
import dev.paperscope.catalog.FileRole;
import dev.paperscope.ingest.fetch.FetchSettings;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "refresh", mixinStandardHelpOptions = true,
        description = {"Fetches pages ingested from URLs again (all of them, or those named) and updates their records.",
                "An unchanged page changes nothing; a changed one replaces its records and says what changed;",
                "a page that is gone (404, 410) keeps its records and is reported. Exit code 1 when a page is gone or failed."})
final class RefreshCommand extends DataCommand {
    @Parameters(arity = "0..*", paramLabel = "URL", description = "URL sources to fetch again (default: every URL source).")
    List<String> urls;

    @Override
    int run(Paperscope ps, PrintWriter out) {
        PrintWriter err = err();
        List<RefreshResult> results = ps.pages().refresh(urls == null ? List.of() : urls, FetchSettings.DEFAULT);
        if (results.isEmpty()) {
            out.println("no URL sources to refresh (paperscope ingest https://…)");
            return 0;
        }
        for (RefreshResult r : results) {
            switch (r.status()) {
                case UNCHANGED, UPDATED -> {
                    var o = r.outcome();
                    out.printf("%-8s %5d %-7s  %-17s %s (%s)%n", "ok", o.records(), Counted.noun(o.records(), "record"),
                            o.format(), r.url(), IngestCommand.change(r.url(), o, FileRole.SOURCE));
                    r.warnings().stream().limit(20).forEach(w -> err.println("warning: " + w));
                }
                case GONE -> out.printf("%-8s %5s          %-17s %s (%s)%n", "gone", "-", "-", r.url(),
                        r.message().startsWith(r.url() + ": ") ? r.message().substring(r.url().length() + 2) : r.message());
                case FAILED -> err.println("error: " + r.message());
            }
        }
        long gone = results.stream().filter(r -> r.status() == RefreshResult.Status.GONE).count();
        long failed = results.stream().filter(r -> r.status() == RefreshResult.Status.FAILED).count();
        out.printf("%s refreshed: %d gone, %d failed; catalog holds %s%n", Counted.of(results.size(), "URL source"),
                gone, failed, Counted.of(ps.recordCount(), "record"));
        return gone + failed > 0 ? 1 : 0;
    }
}
