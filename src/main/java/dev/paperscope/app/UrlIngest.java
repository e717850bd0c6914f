package dev.paperscope.app;

import dev.paperscope.catalog.Catalog;
import dev.paperscope.catalog.FileRole;
import dev.paperscope.catalog.IngestOutcome;
import dev.paperscope.catalog.StoredFile;
import dev.paperscope.catalog.UrlSource;
import dev.paperscope.catalog.UrlSources;
import dev.paperscope.ingest.Formats;
import dev.paperscope.ingest.ParseException;
import dev.paperscope.ingest.SourceDocument;
import dev.paperscope.ingest.fetch.FetchException;
import dev.paperscope.ingest.fetch.FetchSettings;
import dev.paperscope.ingest.fetch.Fetched;
import dev.paperscope.ingest.fetch.FetchedDocument;
import dev.paperscope.ingest.fetch.UrlFetcher;
import dev.paperscope.ingest.fetch.UrlNames;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Pages ingested from URLs. A URL source is identified by its normalised URL (the catalog's {@code path})
 * and its content's SHA-256, like a file by its path: the same URL with the same bytes is unchanged, with
 * new bytes a new version that replaces its own records; another URL with the bytes of a stored file is a
 * copy, kept once. The raw bytes, fetch time and final URL are kept ({@link UrlSources}).
 */
final class UrlIngest implements AutoCloseable {
    private final Catalog catalog;
    private final UrlSources sources;
    private final UrlFetcher fetcher;

    UrlIngest(Catalog catalog, UrlSources sources, FetchSettings settings) {
        this.catalog = catalog;
        this.sources = sources;
        this.fetcher = new UrlFetcher(settings);
    }

    /** Fetches and stores one URL; a page that cannot be fetched or read fails alone, with the reason. */
    FileResult ingest(String url, Optional<String> format, Optional<FileRole> role) {
        try {
            String location = UrlNames.normalise(url);
            Fetched page = fetcher.fetch(location);
            Stored stored = store(location, page, format, role);
            return FileResult.stored(url, stored.outcome(), stored.warnings());
        } catch (FetchException | ParseException e) {
            return FileResult.failed(url, e.getMessage());
        }
    }

    /**
     * Fetches URL sources again: those named (each must be a URL source of the catalog), or all when none
     * are. A page the server says is gone keeps its records; a failure changes nothing.
     */
    List<RefreshResult> refresh(List<String> urls) {
        Set<String> targets = new LinkedHashSet<>();
        List<RefreshResult> results = new ArrayList<>();
        if (urls.isEmpty()) {
            catalog.files().stream().filter(f -> f.path() != null && UrlNames.isUrl(f.path())).forEach(f -> targets.add(f.path()));
        }
        for (String url : urls) {
            try {
                String location = UrlNames.normalise(url);
                if (catalog.fileAtLocation(location).isEmpty()) {
                    results.add(new RefreshResult(url, RefreshResult.Status.FAILED, null,
                            url + ": not a URL source of this catalog; ingest it first (paperscope ingest " + url + ")", List.of()));
                } else {
                    targets.add(location);
                }
            } catch (FetchException e) {
                results.add(new RefreshResult(url, RefreshResult.Status.FAILED, null, e.getMessage(), List.of()));
            }
        }
        for (String location : targets) {
            results.add(refreshOne(location));
        }
        return results;
    }

    private RefreshResult refreshOne(String location) {
        StoredFile file = catalog.fileAtLocation(location).orElseThrow();
        String now = java.time.Instant.now().toString();
        try {
            Fetched page = fetcher.fetch(location);
            Stored stored = store(location, page, Optional.empty(), Optional.empty());
            IngestOutcome o = stored.outcome();
            RefreshResult.Status status = o.status() == IngestOutcome.Status.UNCHANGED ? RefreshResult.Status.UNCHANGED : RefreshResult.Status.UPDATED;
            return new RefreshResult(location, status, o, "", stored.warnings());
        } catch (FetchException e) {
            sources.checked(file.name(), now, e.getMessage());
            if (e.kind() == FetchException.Kind.GONE) {
                return new RefreshResult(location, RefreshResult.Status.GONE, null, e.getMessage() + "; kept its " + Counted.of(file.recordCount(), "record")
                        + " (paperscope remove " + location + " drops them)", List.of());
            }
            return new RefreshResult(location, RefreshResult.Status.FAILED, null, e.getMessage() + "; nothing changed", List.of());
        } catch (ParseException e) {
            sources.checked(file.name(), now, e.getMessage());
            return new RefreshResult(location, RefreshResult.Status.FAILED, null, e.getMessage() + "; the stored version and its records are kept",
                    List.of());
        }
    }

    private Stored store(String location, Fetched page, Optional<String> format, Optional<FileRole> role) throws ParseException {
        Optional<StoredFile> same = catalog.fileAtLocation(location);
        String name = same.map(StoredFile::name).orElseGet(() -> freeName(UrlNames.storedName(location)));
        SourceDocument doc = FetchedDocument.of(name, page);
        UrlSource source = new UrlSource(name, location, page.finalUrl(), page.mediaType(), page.fetchedAt().toString(),
                page.fetchedAt().toString(), "");
        if (same.isPresent() && same.get().sha256().equals(doc.sha256())) {
            StoredFile f = same.get();
            IngestOutcome.Status status = IngestOutcome.Status.UNCHANGED;
            if (role.isPresent() && role.get() != f.role()) {
                catalog.switchRole(name, role.get());
                status = IngestOutcome.Status.ROLE_CHANGED;
            }
            if (sources.of(name).isPresent()) {
                sources.checked(name, source.checkedAt(), "");
            } else {
                sources.fetched(source, page.body());
            }
            return new Stored(IngestOutcome.of(name, f.format(), status, f.recordCount(), ""), List.of());
        }
        if (same.isEmpty()) {
            Optional<StoredFile> copy = catalog.filesWithSha(doc.sha256()).stream().findFirst();
            if (copy.isPresent()) {
                StoredFile f = copy.get();
                return new Stored(IngestOutcome.of(f.name(), f.format(), IngestOutcome.Status.DUPLICATE, f.recordCount(),
                        "same content as " + f.name() + " (" + f.path() + "), kept once"), List.of());
            }
        }
        Formats.ParsedFile parsed = Formats.parse(doc, format);
        IngestOutcome outcome = catalog.storeAt(parsed, name, doc.sha256(), location, role);
        sources.fetched(source, page.body());
        return new Stored(outcome, parsed.warnings().stream().map(Object::toString).toList());
    }

    /** The name, or the name with {@code ~2}, {@code ~3}… when another file has it. */
    private String freeName(String name) {
        String candidate = name;
        for (int i = 2; catalog.file(candidate).isPresent(); i++) {
            candidate = name + "~" + i;
        }
        return candidate;
    }

    private record Stored(IngestOutcome outcome, List<String> warnings) {
    }

    @Override
    public void close() {
        fetcher.close();
    }
}
