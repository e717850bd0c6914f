package dev.paperscope.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The URL sources of the catalog ({@code url_sources}): per stored file fetched from a URL, its
 * {@link UrlSource} and the raw bytes last fetched (a page may vanish from the web; its bytes stay with
 * its records). A row belongs to its file: removing the file removes it (foreign key, cascading).
 */
public final class UrlSources {
    private final UserData data;

    public UrlSources(UserData data) {
        this.data = data;
    }

    private static void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("""
                    CREATE TABLE IF NOT EXISTS url_sources(
                      file TEXT PRIMARY KEY REFERENCES files(name) ON DELETE CASCADE, url TEXT NOT NULL, final_url TEXT NOT NULL,
                      media_type TEXT NOT NULL, fetched_at TEXT NOT NULL, checked_at TEXT NOT NULL, problem TEXT NOT NULL,
                      body BLOB NOT NULL)""");
            s.execute("CREATE INDEX IF NOT EXISTS url_sources_by_url ON url_sources(url)");
        }
    }

    /** Records a fetch whose bytes the file now holds. */
    public void fetched(UrlSource source, byte[] body) {
        data.transaction("record the fetch of " + source.url(), c -> {
            create(c);
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO url_sources(file, url, final_url, media_type, fetched_at, checked_at, problem, body)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(file) DO UPDATE SET url = excluded.url, final_url = excluded.final_url,
                      media_type = excluded.media_type, fetched_at = excluded.fetched_at, checked_at = excluded.checked_at,
                      problem = excluded.problem, body = excluded.body""")) {
                Database.bind(ps, source.file(), source.url(), source.finalUrl(), source.mediaType(), source.fetchedAt(),
                        source.checkedAt(), source.problem(), body);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Records a check that did not change the stored bytes: unchanged (no problem), or what went wrong. */
    public void checked(String file, String checkedAt, String problem) {
        data.transaction("record the check of " + file, c -> {
            create(c);
            try (PreparedStatement ps = c.prepareStatement("UPDATE url_sources SET checked_at = ?, problem = ? WHERE file = ?")) {
                ps.setString(1, checkedAt);
                ps.setString(2, problem == null ? "" : problem);
                ps.setString(3, file);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Every URL source, by file name. */
    public List<UrlSource> all() {
        return data.transaction("read the URL sources", c -> {
            create(c);
            List<UrlSource> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT file, url, final_url, media_type, fetched_at, checked_at, problem FROM url_sources ORDER BY file");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new UrlSource(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7)));
                }
            }
            return out;
        });
    }

    /** The source of a stored file, if it was fetched from a URL. */
    public Optional<UrlSource> of(String file) {
        return all().stream().filter(s -> s.file().equals(file)).findFirst();
    }

    /** The bytes last fetched for a file, if it was fetched from a URL. */
    public Optional<byte[]> body(String file) {
        return data.transaction("read the fetched bytes of " + file, c -> {
            create(c);
            try (PreparedStatement ps = c.prepareStatement("SELECT body FROM url_sources WHERE file = ?")) {
                ps.setString(1, file);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.<byte[]>empty();
                }
            }
        });
    }
}
