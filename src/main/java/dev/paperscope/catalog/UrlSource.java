package dev.paperscope.catalog;

import java.util.Objects;

/**
 * Where a stored file was fetched from: {@code file} is its stored name, {@code url} the normalised URL it is
 * identified by, {@code finalUrl} where the last fetch was read after redirects, {@code mediaType} what the
 * server called it, {@code fetchedAt} when the stored bytes were fetched, {@code checkedAt} when it was last
 * fetched again (by {@code refresh}, even when unchanged), and {@code problem} what the last check found
 * wrong ("HTTP 404 Not Found": the page is gone and its records are kept), or empty.
 */
public record UrlSource(String file, String url, String finalUrl, String mediaType, String fetchedAt, String checkedAt,
                        String problem) {
    public UrlSource {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        finalUrl = finalUrl == null ? url : finalUrl;
        mediaType = mediaType == null ? "" : mediaType;
        checkedAt = checkedAt == null ? fetchedAt : checkedAt;
        problem = problem == null ? "" : problem;
    }
}
