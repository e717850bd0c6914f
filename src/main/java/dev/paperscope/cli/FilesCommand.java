package dev.paperscope.cli;

import dev.paperscope.app.Paperscope;
import dev.paperscope.catalog.StoredFile;
import dev.paperscope.catalog.UrlSource;
import dev.paperscope.ingest.fetch.UrlNames;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

@Command(name = "files", mixinStandardHelpOptions = true,
        description = "Lists the ingested files: stored name, format, role, records, when, SHA-256 (short) and path.")
final class FilesCommand extends DataCommand {
    @Override
    int run(Paperscope ps, PrintWriter out) {
        List<StoredFile> files = ps.files();
        Map<String, UrlSource> fetched = new HashMap<>();
        ps.pages().sources().forEach(u -> fetched.put(u.file(), u));
        if (files.isEmpty()) {
            out.println("no files ingested yet (paperscope ingest PATH)");
            return 0;
        }
        int width = Math.max(4, files.stream().mapToInt(f -> f.name().length()).max().orElse(4));
        out.printf("%-" + width + "s  %-17s %-9s %7s  %-20s %-12s %s%n", "name", "format", "role", "records", "ingested", "sha256", "path");
        for (StoredFile f : files) {
            out.printf("%-" + width + "s  %-17s %-9s %7d  %-20s %-12s %s%n", f.name(), f.format(), f.role().externalName(),
                    f.recordCount(), f.ingestedAt().replaceFirst("\\.\\d+Z$", "Z"), f.sha256().substring(0, Math.min(12, f.sha256().length())),
                    fetched.containsKey(f.name()) ? fetchedFrom(fetched.get(f.name())) : path(f));
        }
        return 0;
    }

    /** A URL source: its URL, when it was fetched, where redirects led, and what the last check found. */
    static String fetchedFrom(UrlSource u) {
        String when = u.fetchedAt().replaceFirst("\\.\\d+Z$", "Z");
        String checked = u.checkedAt().equals(u.fetchedAt()) ? "" : ", checked " + u.checkedAt().replaceFirst("\\.\\d+Z$", "Z");
        return u.url() + " (fetched " + when + checked + (u.finalUrl().equals(u.url()) ? "" : ", from " + u.finalUrl())
                + (u.problem().isEmpty() ? "" : "; last check: " + u.problem()) + ")";
    }

    private static String path(StoredFile f) {
        if (f.path() != null && UrlNames.isUrl(f.path())) {
            return f.path();
        }
        if (f.path() == null) {
            return "(read from memory)";
        }
        return Files.exists(Path.of(f.path())) ? f.path() : f.path() + " (missing on disk)";
    }
}
