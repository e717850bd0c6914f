package dev.paperscope.cli;

import dev.paperscope.app.Counted;
import dev.paperscope.app.FileResult;
import dev.paperscope.app.IngestListener;
import dev.paperscope.app.IngestReport;
import dev.paperscope.app.Paperscope;
import dev.paperscope.catalog.FileRole;
import dev.paperscope.catalog.IngestOutcome;
import dev.paperscope.ingest.Formats;
import dev.paperscope.ingest.fetch.UrlNames;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads files and folders into the catalog and index; prints per-file counts.",
                "Each file is one transaction: a malformed file fails alone and changes nothing."})
final class IngestCommand extends DataCommand {
    @Option(names = "--format", paramLabel = "NAME", description = "Read every file as this format instead of detecting it.")
    String format;
    @picocli.CommandLine.ArgGroup(exclusive = true)
    Role role;
    @Parameters(arity = "1..*", paramLabel = "PATH|URL",
            description = "Files or folders (folders are read recursively), or http(s) URLs of pages to fetch.")
    List<String> inputs;

    /** A file's role changes only when one of these is given; without, known files keep theirs. */
    static final class Role {
        @Option(names = "--reference", required = true,
                description = "Store as reference data (e.g. a conference's paper list): not searched, used to recover titles of pages' records.")
        boolean reference;
        @Option(names = "--source", required = true, description = "Store as searchable records (the default for new files); switches a reference file back.")
        boolean source;

        Optional<FileRole> chosen() {
            return Optional.of(reference ? FileRole.REFERENCE : FileRole.SOURCE);
        }
    }

    @Override
    void check() {
        if (format != null && !Formats.names().contains(format)) {
            throw usage("unknown format '" + format + "'; known formats: " + String.join(", ", Formats.names()));
        }
    }

    @Override
    int run(Paperscope ps, PrintWriter out) {
        PrintWriter err = err();
        try (ProgressListener progress = new ProgressListener()) {
            Optional<FileRole> chosen = role == null ? Optional.empty() : role.chosen();
            List<String> urls = inputs.stream().filter(UrlNames::isUrl).toList();
            List<Path> paths = inputs.stream().filter(i -> !UrlNames.isUrl(i)).map(Path::of).toList();
            List<FileResult> files = new ArrayList<>();
            if (!paths.isEmpty()) {
                files.addAll(ps.ingest(paths, Optional.ofNullable(format), chosen, progress).files());
            }
            if (!urls.isEmpty()) {
                files.addAll(ps.pages().ingest(urls, Optional.ofNullable(format), chosen, progress).files());
            }
            IngestReport report = new IngestReport(files);
            for (FileResult r : report.files()) {
                print(r, ps, out, err);
            }
            long failed = report.files().stream().filter(FileResult::failed).count();
            long references = ps.referenceRecordCount();
            out.printf("%s: %d failed; catalog holds %s%s%n", Counted.of(report.files().size(), "file"), failed,
                    Counted.of(ps.recordCount(), "record"), references == 0 ? "" : " and " + Counted.of(references, "reference record"));
            return report.anyFailed() ? 1 : 0;
        }
    }

    private static void print(FileResult r, Paperscope ps, PrintWriter out, PrintWriter err) {
        if (r.outcome() != null) {
            var o = r.outcome();
            FileRole stored = ps.file(o.file()).map(f -> f.role()).orElse(FileRole.SOURCE);
            out.printf("%-8s %5d %-7s  %-17s %s%n", "ok", o.records(), Counted.noun(o.records(), "record"), o.format(),
                    r.path() + " (" + change(r.path(), o, stored) + ")");
            printWarnings(r, err);
        } else if (r.skipped() != null) {
            out.printf("%-8s %5s          %-17s %s (%s)%n", "skipped", "-", "-", r.path(), r.skipped());
        } else {
            err.println("error: " + r.error());
        }
    }

    /** The first {@value #SHOWN_WARNINGS} warnings of a file, then how many more there are. */
    private static void printWarnings(FileResult r, PrintWriter err) {
        r.warnings().stream().limit(SHOWN_WARNINGS).forEach(w -> err.println("warning: " + w));
        if (r.warnings().size() > SHOWN_WARNINGS) {
            err.println("warning: … and " + (r.warnings().size() - SHOWN_WARNINGS) + " more in " + r.path());
        }
    }

    private static final int SHOWN_WARNINGS = 20;

    /** What happened to the file, saying which stored file it is when that is not its bare name, and what changed. */
    static String change(String shownPath, IngestOutcome o, FileRole stored) {
        String as = UrlNames.isUrl(shownPath) || Path.of(shownPath).getFileName().toString().equals(o.file())
                ? "" : " as " + o.file();
        String change = switch (o.status()) {
            case ADDED -> "added" + as;
            case REPLACED -> "updated " + o.file() + ": " + o.changes().added() + " added, " + o.changes().removed() + " removed, "
                    + o.changes().changed() + " changed";
            case UNCHANGED -> "unchanged" + as;
            case ROLE_CHANGED -> "role changed" + as;
            case MOVED, DUPLICATE -> o.note();
        };
        return change + (stored == FileRole.REFERENCE || o.status() == IngestOutcome.Status.ROLE_CHANGED ? ", " + stored.externalName() : "");
    }

    /** Draws the per-file progress bar. */
    private static final class ProgressListener implements IngestListener, AutoCloseable {
        private Progress progress;

        @Override
        public void started(int files) {
            if (progress != null) {
                progress.close(); // a second batch (URLs after files) gets a bar of its own
            }
            progress = Progress.start("ingest", files, "files");
        }

        @Override
        public void fileDone(FileResult result) {
            progress.step();
        }

        @Override
        public void close() {
            if (progress != null) {
                progress.close();
            }
        }
    }
}
