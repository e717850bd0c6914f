package dev.paperscope.ingest.fetch;

import dev.paperscope.ingest.Checks;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * A fetched page: the URL asked for (normalised), the URL it was finally read from after redirects, its
 * media type and charset as the server declared them, its bytes as sent (a gzip transfer encoding undone)
 * and when it was fetched.
 *
 * @param mediaType the Content-Type's media type, lower case, without parameters; empty when not declared
 * @param charset   the Content-Type's charset parameter, if any
 */
public record Fetched(String url, String finalUrl, int status, String mediaType, Optional<String> charset, byte[] body,
                      Instant fetchedAt) {
    public Fetched {
        Checks.present("url", url, "finalUrl", finalUrl, "body", body, "fetchedAt", fetchedAt);
        mediaType = mediaType == null ? "" : mediaType.strip().toLowerCase(Locale.ROOT);
        charset = charset == null ? Optional.empty() : charset;
    }

    /** Whether the server declared an HTML page. */
    public boolean declaresHtml() {
        return mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml");
    }

    /** The media type and charset of a Content-Type header value ({@code text/html; charset=UTF-8}). */
    static Fetched.ContentType contentType(String header) {
        if (header == null || header.isBlank()) {
            return new ContentType("", Optional.empty());
        }
        String[] parts = header.split(";");
        Optional<String> charset = Optional.empty();
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).strip().equalsIgnoreCase("charset")) {
                String value = p.substring(eq + 1).strip().replace("\"", "").replace("'", "");
                charset = value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return new ContentType(parts[0].strip().toLowerCase(Locale.ROOT), charset);
    }

    record ContentType(String mediaType, Optional<String> charset) {
    }
}
