package dev.paperscope.app;

import dev.paperscope.catalog.Catalog;
import dev.paperscope.catalog.FileRole;
import dev.paperscope.catalog.IngestOutcome;
import dev.paperscope.catalog.UrlSources;
import dev.paperscope.ingest.Formats;
import dev.paperscope.ingest.ParseException;
import dev.paperscope.ingest.SourceDocument;
import dev.paperscope.ingest.fetch.FetchSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Stores files in the catalog, one transaction each, so a bad file fails alone. The caller resolves
 * again and brings the index up afterwards ({@link Paperscope#ingest}).
 */
final class Ingestion {
    private final Catalog catalog;

    Ingestion(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Expands folders, then stores each file; files in folders that no format recognises are skipped. */
    IngestReport ingest(List<Path> paths, Optional<String> format, Optional<FileRole> role, IngestListener listener) {
        List<InputFiles.Input> inputs = InputFiles.expand(paths);
        listener.started(inputs.size());
        Map<String, Long> bareNames = inputs.stream().collect(Collectors.groupingBy(
                i -> i.path().getFileName().toString(), Collectors.counting()));
        List<FileResult> results = new ArrayList<>();
        for (InputFiles.Input input : inputs) {
            FileResult result = ingestOne(input, format, role, bareNames.get(input.path().getFileName().toString()) > 1);
            results.add(result);
            listener.fileDone(result);
        }
        return new IngestReport(results);
    }

    /** Fetches each URL and stores it as a file ({@link UrlIngest}); each fails alone. */
    IngestReport urls(UrlSources sources, List<String> urls, Optional<String> format, Optional<FileRole> role,
                      IngestListener listener, FetchSettings settings) {
        listener.started(urls.size());
        List<FileResult> results = new ArrayList<>();
        try (UrlIngest fetching = new UrlIngest(catalog, sources, settings)) {
            for (String url : urls) {
                FileResult result = fetching.ingest(url, format, role);
                results.add(result);
                listener.fileDone(result);
            }
        }
        return new IngestReport(results);
    }

    /** Fetches URL sources again ({@code urls}, or all when empty). */
    List<RefreshResult> refresh(UrlSources sources, List<String> urls, FetchSettings settings) {
        try (UrlIngest fetching = new UrlIngest(catalog, sources, settings)) {
            return fetching.refresh(urls);
        }
    }

    /**
     * One file. In a folder, a file of a binary kind other than PDF (an image, anything with NUL bytes) or text that
     * no format recognises is skipped with the reason; a file that reads as a known format but is damaged
     * fails, with its file and line. A file named on the command line must be readable. {@code qualify}:
     * another input of this run has the same bare name.
     */
    private FileResult ingestOne(InputFiles.Input input, Optional<String> format, Optional<FileRole> role, boolean qualify) {
        String shown = input.path().toString();
        try {
            if (!input.named()) {
                Optional<String> kind = SourceDocument.binaryKind(input.path());
                if (kind.isPresent() && !kind.get().equals(SourceDocument.PDF)) {
                    return FileResult.skipped(shown, kind.get() + ", not a format Paperscope reads");
                }
            }
            SourceDocument doc = SourceDocument.read(input.path());
            Optional<String> chosen = format.isPresent() ? format : Formats.detectName(doc);
            if (chosen.isEmpty() && !input.named()) {
                return FileResult.skipped(shown, "not a format Paperscope reads");
            }
            // An undetectable named file goes on to Formats.parse, whose error names the closest format.
            FileIngest.Stored stored = new FileIngest(catalog).store(input.path(), doc, chosen, role, qualify);
            return FileResult.stored(shown, stored.outcome(), stored.warnings());
        } catch (ParseException e) {
            return FileResult.failed(shown, e.getMessage());
        }
    }

    /** Stores an in-memory document (the bundled demo pages). */
    IngestOutcome ingestDocument(SourceDocument doc, Optional<String> format, Optional<FileRole> role) throws ParseException {
        return new FileIngest(catalog).storeDocument(doc, format, role).outcome();
    }
}
