package dev.paperscope.app;

import dev.paperscope.catalog.Catalog;
import dev.paperscope.catalog.FileRole;
import dev.paperscope.catalog.IngestOutcome;
import dev.paperscope.catalog.StoredFile;
import dev.paperscope.ingest.Formats;
import dev.paperscope.ingest.ParseException;
import dev.paperscope.ingest.SourceDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what one input file is to the catalog, by its canonical path and content, never by its bare
 * name alone:
 * <ul>
 *   <li>a stored file at the same path: unchanged (same SHA-256), or a new version that replaces that
 *       file's own records;</li>
 *   <li>else the bytes of a stored file whose path is gone (or that came from memory): a move, the path
 *       is updated and the records and their ids stay;</li>
 *   <li>else the bytes of a stored file still at its path: a copy, kept once (nothing stored, the outcome
 *       names the stored file);</li>
 *   <li>else, when a stored file of the same bare name came from memory (no path: the bundled demo pages),
 *       a new version of that file, which now has this path;</li>
 *   <li>else a new file, stored under its bare name, or under the end of its path
 *       ({@code b/papers.bib}) when that name is taken or another input of the same run shares it.</li>
 * </ul>
 */
final class FileIngest {
    private final Catalog catalog;

    FileIngest(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Reads and stores one file from disk; {@code qualify}: another input of this run has the same bare name. */
    Stored store(Path path, SourceDocument doc, Optional<String> format, Optional<FileRole> role, boolean qualify)
            throws ParseException {
        Path canonical = FileNames.canonical(path);
        Optional<StoredFile> same = catalog.fileAt(canonical);
        if (same.isPresent()) {
            return storeAs(same.get().name(), doc, canonical, format, role);
        }
        List<StoredFile> copies = catalog.filesWithSha(doc.sha256());
        Optional<StoredFile> moved = copies.stream()
                .filter(f -> f.path() == null || !dev.paperscope.ingest.fetch.UrlNames.isUrl(f.path()) && !Files.exists(Path.of(f.path())))
                .findFirst(); // a page fetched from a URL is still there: a local copy of it is a copy
        if (moved.isPresent()) {
            StoredFile f = moved.get();
            catalog.move(f.name(), canonical);
            String from = f.path() == null
                    ? "now read from this file; the same content was stored as " + f.name() + " without a file path (as the bundled demo stores its pages)"
                    : "moved from " + f.path();
            if (role.isPresent() && role.get() != f.role()) {
                catalog.switchRole(f.name(), role.get());
                from += "; role changed";
            }
            return new Stored(IngestOutcome.of(f.name(), f.format(), IngestOutcome.Status.MOVED, f.recordCount(), from + "; records and ids kept"));
        }
        if (!copies.isEmpty()) {
            StoredFile f = copies.getFirst();
            return new Stored(IngestOutcome.of(f.name(), f.format(), IngestOutcome.Status.DUPLICATE, f.recordCount(),
                    "same content as " + f.name() + " (" + f.path() + "), kept once"));
        }
        String bare = canonical.getFileName().toString();
        Optional<StoredFile> pathless = catalog.file(bare).filter(f -> f.path() == null);
        if (pathless.isPresent()) {
            // A file stored from memory (a bundled demo page) has only its name: the first file of that name claims it.
            return storeAs(bare, doc, canonical, format, role);
        }
        Set<String> taken = new HashSet<>();
        catalog.files().forEach(f -> taken.add(f.name()));
        return storeAs(FileNames.choose(canonical, taken, qualify), doc, canonical, format, role);
    }

    /** Stores an in-memory document (no path): identified by its name, as before paths were known. */
    Stored storeDocument(SourceDocument doc, Optional<String> format, Optional<FileRole> role) throws ParseException {
        return storeAs(doc.fileName(), doc, null, format, role);
    }

    private Stored storeAs(String name, SourceDocument doc, Path canonical, Optional<String> format, Optional<FileRole> role)
            throws ParseException {
        Optional<StoredFile> known = catalog.file(name).filter(f -> f.sha256().equals(doc.sha256()));
        if (known.isPresent()) {
            // Same file, same bytes: no need to parse again; at most the role changes, and only when asked.
            IngestOutcome.Status status = IngestOutcome.Status.UNCHANGED;
            if (role.isPresent() && role.get() != known.get().role()) {
                catalog.switchRole(name, role.get());
                status = IngestOutcome.Status.ROLE_CHANGED;
            }
            return new Stored(IngestOutcome.of(name, known.get().format(), status, known.get().recordCount(), ""));
        }
        Formats.ParsedFile parsed = Formats.parse(doc.named(name), format);
        return new Stored(catalog.store(parsed, name, doc.sha256(), canonical, role), parsed.warnings().stream().map(Object::toString).toList());
    }

    /** What storing a file did, and the parse's warnings ({@code file:line: what}); none when nothing was parsed. */
    record Stored(IngestOutcome outcome, List<String> warnings) {
        Stored {
            warnings = List.copyOf(warnings);
        }

        Stored(IngestOutcome outcome) {
            this(outcome, List.of());
        }
    }
}
