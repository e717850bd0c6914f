package dev.paperscope.ingest.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** URLs as the catalog identifies them: normalised, and the short name a URL source is shown and stored by. */
public final class UrlNames {
    private UrlNames() {
    }

    /** Whether an input names a URL (http or https) rather than a file. */
    public static boolean isUrl(String input) {
        String s = input.strip().toLowerCase(Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://");
    }

    /**
     * The URL normalised: scheme and host in lower case, the default port and the fragment dropped, an
     * empty path as {@code /}; path and query kept as written (servers may tell case apart).
     *
     * @throws FetchException ({@link FetchException.Kind#BAD_URL}) when it is not an absolute http(s) URL
     */
    public static String normalise(String url) throws FetchException {
        try {
            URI u = new URI(url.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) {
                throw new FetchException(url, FetchException.Kind.BAD_URL, 0, "not an http(s) URL with a host");
            }
            int port = u.getPort() == 80 && scheme.equals("http") || u.getPort() == 443 && scheme.equals("https") ? -1 : u.getPort();
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            return new URI(scheme, u.getRawUserInfo() == null ? null : u.getUserInfo(), u.getHost().toLowerCase(Locale.ROOT), port,
                    null, null, null).toString() + path + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
        } catch (URISyntaxException e) {
            throw new FetchException(url, FetchException.Kind.BAD_URL, 0, "not a well-formed URL (" + e.getReason() + ")", e);
        }
    }

    /**
     * The name a URL source is stored by: host and path without the scheme ({@code icml.cc/virtual/2023/events/oral}),
     * with the query when there is one; a trailing slash dropped.
     */
    public static String storedName(String normalisedUrl) {
        String s = normalisedUrl.replaceFirst("^https?://", "");
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
