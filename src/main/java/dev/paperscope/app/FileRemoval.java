package dev.paperscope.app;

import dev.paperscope.catalog.Catalog;
import dev.paperscope.catalog.StoredFile;
import dev.paperscope.catalog.StoredWork;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Takes one stored file out of the catalog, named by its path on disk, its stored path, its stored name, or
 * the id of one of its records. User data that pointed at its papers is reported, never deleted.
 */
final class FileRemoval {
    private FileRemoval() {
    }

    /** The URL source fetched from this URL (normalised), if any. */
    private static Optional<StoredFile> urlSource(Catalog catalog, String url) {
        try {
            return catalog.fileAtLocation(dev.paperscope.ingest.fetch.UrlNames.normalise(url));
        } catch (dev.paperscope.ingest.fetch.FetchException e) {
            return Optional.empty();
        }
    }

    /** The stored file {@code fileOrId} names. */
    static StoredFile find(Catalog catalog, String fileOrId) {
        List<StoredFile> files = catalog.files();
        Optional<StoredFile> byName = files.stream().filter(f -> f.name().equals(fileOrId)).findFirst();
        if (byName.isPresent()) {
            return byName.get();
        }
        if (dev.paperscope.ingest.fetch.UrlNames.isUrl(fileOrId)) {
            Optional<StoredFile> byUrl = urlSource(catalog, fileOrId);
            if (byUrl.isPresent()) {
                return byUrl.get();
            }
        }
        Optional<Path> path = asPath(fileOrId);
        if (path.isPresent()) {
            String canonical = FileNames.canonical(path.get()).toString();
            String absolute = path.get().toAbsolutePath().normalize().toString();
            Optional<StoredFile> byPath = files.stream().filter(f -> canonical.equals(f.path()) || absolute.equals(f.path())).findFirst();
            if (byPath.isPresent()) {
                return byPath.get();
            }
        }
        Optional<StoredFile> byRecord = catalog.record(fileOrId).flatMap(r -> catalog.file(r.source().file()));
        if (byRecord.isPresent()) {
            return byRecord.get();
        }
        List<StoredFile> bare = files.stream().filter(f -> f.path() != null && Path.of(f.path()).getFileName().toString().equals(fileOrId)).toList();
        if (bare.size() == 1) {
            return bare.getFirst();
        }
        if (bare.size() > 1) {
            throw new IllegalArgumentException("'" + fileOrId + "' names " + bare.size() + " stored files ("
                    + String.join(", ", bare.stream().map(StoredFile::name).toList()) + "); give the stored name or the path");
        }
        throw new IllegalArgumentException("no stored file or record is named '" + fileOrId + "' (see: paperscope files)");
    }

    private static Optional<Path> asPath(String s) {
        try {
            Path p = Path.of(s);
            return Files.exists(p) || s.contains("/") ? Optional.of(p) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Removes the file and its records (catalog first, in one transaction; the caller brings the index up). */
    static RemovedFile remove(Catalog catalog, UserStores user, StoredFile file) {
        Set<String> gone = new HashSet<>();
        List<String> ids = catalog.remove(file.name());
        gone.addAll(ids);
        int works = 0;
        for (StoredWork w : catalog.derived().worksById(new HashSet<>(catalog.derived().workIdsOf(ids).values())).values()) {
            if (gone.containsAll(w.recordIds())) {
                gone.add(w.id());
                works++;
            }
        }
        List<String> dangling = new ArrayList<>();
        user.lists().all().forEach(l -> l.items().stream().filter(i -> gone.contains(i.itemId()))
                .forEach(i -> dangling.add("reading list '" + l.name() + "': " + i.itemId() + " is now missing")));
        user.planner().agenda().entries().stream()
                .filter(e -> gone.contains(e.workId()) || (!e.recordIds().isEmpty() && gone.containsAll(e.recordIds())))
                .map(e -> "agenda: starred " + e.workId() + (e.title() == null ? "" : " (" + e.title() + ")") + " is now missing")
                .distinct().forEach(dangling::add);
        return new RemovedFile(file, ids.size(), works, dangling);
    }
}
