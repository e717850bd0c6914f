package dev.paperscope.app;

import dev.paperscope.catalog.Catalog;
import dev.paperscope.catalog.StoredFile;
import dev.paperscope.catalog.UrlSource;
import dev.paperscope.ingest.ParseException;
import dev.paperscope.ingest.SourceDocument;
import dev.paperscope.ingest.fetch.Fetched;
import dev.paperscope.ingest.fetch.FetchedDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stored files read again as text, to show a record in its place ("view in page"): the bytes a URL source
 * was last fetched as, a file on disk at the path it was ingested from, or a bundled demo page; read as the
 * parsers read them (a saved HTML page as its rendered text, whose line numbers the records name). A file
 * whose bytes changed since it was ingested is not shown as if it were the one the records came from.
 * Read-only; a window of at most {@link #MAX_LINES} lines around the line asked for is kept.
 */
public final class SourceTexts {
    public static final int MAX_LINES = 2_000;

    private final Catalog catalog;
    private final UserStores user;

    SourceTexts(Catalog catalog, UserStores user) {
        this.catalog = catalog;
        this.user = user;
    }

    /** Why a stored file cannot be shown: it is unknown, gone, changed or not text. */
    public static final class Unavailable extends Exception {
        private final boolean unknown;

        Unavailable(String message, boolean unknown, Throwable cause) {
            super(message, cause);
            this.unknown = unknown;
        }

        /** True when no stored file has that name (as opposed to a stored file that cannot be read now). */
        public boolean unknown() {
            return unknown;
        }
    }

    /** The lines of stored file {@code name} around 1-based {@code line} (at most {@link #MAX_LINES}). */
    public SourceText around(String name, int line) throws Unavailable {
        StoredFile file = catalog.file(name).orElseThrow(() -> new Unavailable("no stored file is named '" + name + "'", true, null));
        Read read = read(file);
        SourceDocument doc = read.doc();
        if (doc.isPdf()) {
            throw new Unavailable(name + " is a PDF: its records name pages, which a PDF reader shows", false, null);
        }
        List<String> all = doc.lines();
        int total = Math.max(all.size(), 1);
        int target = Math.clamp(line, 1, total);
        int first = Math.max(1, Math.min(target - MAX_LINES / 2, total - MAX_LINES + 1));
        int last = Math.min(total, first + MAX_LINES - 1);
        List<String> lines = new ArrayList<>();
        List<String> elements = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            lines.add(i <= all.size() ? all.get(i - 1) : "");
            elements.add(doc.elementAt(i).orElse(null));
        }
        return new SourceText(file.name(), read.origin(), doc.isHtml(), first, total, lines, elements);
    }

    private record Read(SourceDocument doc, String origin) {
    }

    private Read read(StoredFile file) throws Unavailable {
        try {
            Optional<UrlSource> url = user.urlSources().of(file.name());
            if (url.isPresent()) {
                byte[] body = user.urlSources().body(file.name()).orElseThrow();
                UrlSource u = url.get();
                Fetched page = new Fetched(u.url(), u.finalUrl(), 200, u.mediaType(), Optional.empty(), body, Instant.parse(u.fetchedAt()));
                return new Read(FetchedDocument.of(file.name(), page), u.finalUrl() + " (as fetched " + u.fetchedAt() + ")");
            }
            if (file.path() != null) {
                return new Read(checked(file, onDisk(file)), file.path());
            }
            Optional<byte[]> bundled = Demo.bundled(file.name());
            if (bundled.isPresent()) {
                return new Read(checked(file, SourceDocument.of(file.name(), bundled.get())), "the bundled demo data");
            }
            throw new Unavailable(file.name() + " was ingested from memory and its bytes are not kept", false, null);
        } catch (ParseException e) {
            throw new Unavailable(file.name() + " cannot be read again: " + e.getMessage(), false, e);
        }
    }

    private static SourceDocument onDisk(StoredFile file) throws Unavailable, ParseException {
        Path path = Path.of(file.path());
        try {
            if (!Files.isRegularFile(path)) {
                throw new Unavailable(file.name() + " is no longer at " + file.path() + "; its records are kept", false, null);
            }
            if (Files.size(path) > SourceDocument.MAX_FILE_BYTES) {
                throw new Unavailable(file.name() + " at " + file.path() + " is now larger than a file can be", false, null);
            }
        } catch (IOException e) {
            throw new Unavailable(file.name() + " cannot be read at " + file.path() + ": " + e.getMessage(), false, e);
        }
        return SourceDocument.read(path).named(file.name());
    }

    /** The document when its bytes are those the records were read from. */
    private static SourceDocument checked(StoredFile file, SourceDocument doc) throws Unavailable {
        if (!doc.sha256().equals(file.sha256())) {
            throw new Unavailable(file.name() + " has changed since it was ingested (its SHA-256 differs); ingest it again"
                    + " to see its records in place", false, null);
        }
        return doc;
    }
}
